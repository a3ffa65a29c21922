import { Alert, Button, Group, Indicator, Modal, ScrollArea, Tabs } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProjectInputSchema, type Project, type ProjectInput } from '@plainstaff/contracts/projects';
import { applyServerErrors } from '../../../../components/ui/server-errors';
import { messageOf } from '../../../../lib/query-client';
import { useCreateProject } from '../../api/create-project';
import { useUpdateProject } from '../../api/update-project';
import type { CustomerField } from './customer-field';
import { ALL_FIELDS, GENERAL_FIELDS, toFormState, toRequest, type ProjectFormState } from './form-values';
import { GeneralTab } from './general-tab';
import { MembersTab } from './members-tab';
import { TasksTab } from './tasks-tab';
import { localized } from '../../../../lib/form-resolver';

type TabName = 'general' | 'tasks' | 'members';

// The form state holds typed text; the one contract schema validates it and yields the request body.
const schemaResolver = localized(zodResolver(ProjectInputSchema)) as unknown as Resolver<
  ProjectFormState,
  unknown,
  ProjectInput
>;
// A member row without a chosen employee is an unfinished row, not an error: it is left out.
const resolver: Resolver<ProjectFormState, unknown, ProjectInput> = (values, context, options) =>
  schemaResolver({ ...values, members: values.members.filter((m) => m.userId > 0) }, context, options);

function tabOf(errors: FieldErrors<ProjectFormState>): TabName | null {
  if (GENERAL_FIELDS.some((f) => errors[f])) return 'general';
  if (errors.tasks) return 'tasks';
  if (errors.members) return 'members';
  return null;
}

export interface ProjectDialogProps {
  /** null: create a new project. */
  project: Project | null;
  opened: boolean;
  onClose: () => void;
  onSaved?: (project: Project) => void;
  /** The "Kunde" field (the customers feature's picker, plugged in by the app). */
  customerField: CustomerField;
  /** Slot beside the "Kunde" field (the customer import button goes here). */
  customerActions?: ReactNode;
}

export function ProjectDialog(props: ProjectDialogProps) {
  const { project, opened, onClose, onSaved, customerField, customerActions } = props;
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  const [tab, setTab] = useState<TabName>('general');
  const create = useCreateProject();
  const update = useUpdateProject();
  const mutation = project ? update : create;
  const form = useForm<ProjectFormState, unknown, ProjectInput>({
    resolver,
    values: toFormState(project),
    resetOptions: { keepDirtyValues: false },
  });
  const { errors } = form.formState;
  const [alert, setAlert] = useState<string | null>(null);

  const close = () => {
    setAlert(null);
    setTab('general');
    form.reset(toFormState(project));
    onClose();
  };

  const onSubmit = form.handleSubmit(
    async (input) => {
      setAlert(null);
      try {
        const body = toRequest(input);
        const saved = project
          ? await update.mutateAsync({ id: project.id, input: body })
          : await create.mutateAsync(body);
        notifications.show({ color: 'green', message: t('dialog.saved', { name: saved.name }) });
        onSaved?.(saved);
        close();
      } catch (error) {
        const fields = applyServerErrors(error, form.setError, ALL_FIELDS);
        const root = fields[0]?.split('.')[0];
        if (!root) setAlert(messageOf(error));
        else setTab(root === 'tasks' || root === 'members' ? root : 'general');
      }
    },
    (invalid) => {
      const next = tabOf(invalid);
      if (next) setTab(next);
    },
  );

  const hasError: Record<TabName, boolean> = {
    general: GENERAL_FIELDS.some((f) => errors[f]),
    tasks: Boolean(errors.tasks),
    members: Boolean(errors.members),
  };
  const dot = (name: TabName, label: string) => (
    <Indicator color="red" size={7} offset={-4} disabled={!hasError[name]}>
      {label}
    </Indicator>
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="xl"
      scrollAreaComponent={ScrollArea.Autosize}
      title={project ? t('dialog.editTitle', { name: project.name }) : t('dialog.newTitle')}
    >
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate>
          {alert && (
            <Alert color="red" role="alert" mb="md">
              {alert}
            </Alert>
          )}
          <Tabs value={tab} onChange={(v) => setTab((v as TabName | null) ?? 'general')}>
            <Tabs.List mb="md">
              <Tabs.Tab value="general">{dot('general', t('tab.general'))}</Tabs.Tab>
              <Tabs.Tab value="tasks">{dot('tasks', t('tab.tasks'))}</Tabs.Tab>
              <Tabs.Tab value="members">{dot('members', t('tab.members'))}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="general">
              <GeneralTab project={project} customerField={customerField} customerActions={customerActions} />
            </Tabs.Panel>
            <Tabs.Panel value="tasks">
              <TasksTab />
            </Tabs.Panel>
            <Tabs.Panel value="members">
              <MembersTab opened={opened} />
            </Tabs.Panel>
          </Tabs>
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={close}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {tc('actions.save')}
            </Button>
          </Group>
        </form>
      </FormProvider>
    </Modal>
  );
}
