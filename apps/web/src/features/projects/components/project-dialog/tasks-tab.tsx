import { Alert, Table, Text, TextInput } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InputUnit } from '../../../../components/ui/input-unit';
import type { ProjectFormState } from './form-values';
import { RemoveRowCell, RowEditor } from './row-editor';

export function TasksTab() {
  const { t } = useTranslation('projects');
  const form = useFormContext<ProjectFormState>();
  const tasks = useFieldArray({ control: form.control, name: 'tasks', keyName: 'key' });
  const noTasks = form.watch('noTasks');
  const errors = form.formState.errors.tasks;

  if (noTasks)
    return (
      <Alert color="gray" variant="light">
        {t('tasks.disabled')}
      </Alert>
    );

  return (
    <RowEditor
      hint={t('tasks.hint')}
      head={
        <>
          <Table.Th>{t('tasks.name')}</Table.Th>
          <Table.Th w={160}>{t('tasks.rate')}</Table.Th>
          <Table.Th w={160}>{t('tasks.budget')}</Table.Th>
        </>
      }
      rows={tasks.fields.map((row, i) => (
        <Table.Tr key={row.key}>
          <Table.Td>
            <TextInput
              aria-label={t('tasks.nameAria', { n: i + 1 })}
              placeholder={t('tasks.namePlaceholder')}
              {...form.register(`tasks.${i}.name`)}
              error={errors?.[i]?.name?.message}
            />
          </Table.Td>
          <Table.Td>
            <TextInput
              aria-label={t('tasks.rateAria', { n: i + 1 })}
              placeholder="95,00"
              rightSection={<InputUnit>€</InputUnit>}
              {...form.register(`tasks.${i}.rateCents`)}
              error={errors?.[i]?.rateCents?.message}
            />
          </Table.Td>
          <Table.Td>
            <TextInput
              aria-label={t('tasks.budgetAria', { n: i + 1 })}
              placeholder="40"
              rightSection={<InputUnit>{t('units.hours')}</InputUnit>}
              rightSectionWidth={48}
              {...form.register(`tasks.${i}.budgetMinutes`)}
              error={errors?.[i]?.budgetMinutes?.message}
            />
          </Table.Td>
          <RemoveRowCell label={t('tasks.remove', { n: i + 1 })} onRemove={() => tasks.remove(i)} />
        </Table.Tr>
      ))}
      addLabel={t('tasks.add')}
      onAdd={() => tasks.append({ name: '', rateCents: '', budgetMinutes: '' })}
    >
      {errors?.root?.message && (
        <Text size="sm" c="red">
          {errors.root.message}
        </Text>
      )}
    </RowEditor>
  );
}
