import { useEffect } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ExportProfileSchema,
  LINE_TEMPLATE_PLACEHOLDERS,
  placeholderToken,
  type ExportProfile,
  type ExportProfileInput,
} from '@plainstaff/contracts/exports';
import { messageOf } from '../../../lib/query-client';
import { useExportProfile, useSaveExportProfile } from '../api/export-profile';
import { localized } from '../../../lib/form-resolver';

const PLACEHOLDER_LIST = LINE_TEMPLATE_PLACEHOLDERS.map(placeholderToken).join(', ');
const completeValue = (v: boolean | null | undefined) =>
  v === true ? 'yes' : v === false ? 'no' : 'default';

/**
 * The project's export profile (what the billing run uses), for the project file to host:
 * `<ExportProfileEditor projectId={id} />`.
 */
export function ExportProfileEditor({ projectId }: { projectId: number }) {
  const { t } = useTranslation('billing-runs');
  const profile = useExportProfile(projectId);
  const save = useSaveExportProfile(projectId);
  const form = useForm<ExportProfileInput, unknown, ExportProfile>({
    resolver: localized(zodResolver(ExportProfileSchema)),
  });
  useEffect(() => {
    if (profile.data) form.reset(profile.data);
  }, [profile.data, form]);
  const { errors } = form.formState;
  return (
    <Stack
      component="form"
      gap="sm"
      aria-label={t('profile.title')}
      onSubmit={form.handleSubmit((values) =>
        save.mutate(values, {
          onSuccess: () => notifications.show({ color: 'green', message: t('profile.saved') }),
        }),
      )}
    >
      <Title order={5}>{t('profile.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('profile.description')}
      </Text>
      <Group>
        {(['groupByMonth', 'groupByTask', 'groupByEmployee'] as const).map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field }) => (
              <Checkbox
                label={t(`profile.${name}`)}
                checked={Boolean(field.value)}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
              />
            )}
          />
        ))}
      </Group>
      <TextInput
        label={t('profile.titleTemplate')}
        description={t('profile.templateHint', { placeholders: PLACEHOLDER_LIST })}
        {...form.register('titleTemplate')}
        error={errors.titleTemplate?.message}
      />
      <TextInput
        label={t('profile.descriptionTemplate')}
        {...form.register('descriptionTemplate')}
        error={errors.descriptionTemplate?.message}
      />
      <Group grow>
        <Controller
          control={form.control}
          name="rounding"
          render={({ field }) => (
            <Select
              label={t('profile.rounding')}
              data={[0, 6, 15, 30].map((m) => ({
                value: String(m),
                label: m === 0 ? t('profile.roundingNone') : t('profile.roundingMinutes', { count: m }),
              }))}
              value={String(field.value ?? 0)}
              onChange={(v) => field.onChange(Number(v ?? 0))}
              allowDeselect={false}
            />
          )}
        />
        <Controller
          control={form.control}
          name="completeInBillomat"
          render={({ field }) => (
            <Select
              label={t('profile.complete')}
              data={[
                { value: 'default', label: t('profile.completeDefault') },
                { value: 'yes', label: t('profile.completeYes') },
                { value: 'no', label: t('profile.completeNo') },
              ]}
              value={completeValue(field.value)}
              onChange={(v) => field.onChange(v === 'yes' ? true : v === 'no' ? false : null)}
              allowDeselect={false}
            />
          )}
        />
      </Group>
      {save.isError && <Alert color="red">{messageOf(save.error)}</Alert>}
      <Group justify="flex-end">
        <Button type="submit" loading={save.isPending} disabled={!profile.data}>
          {t('profile.save')}
        </Button>
      </Group>
    </Stack>
  );
}
