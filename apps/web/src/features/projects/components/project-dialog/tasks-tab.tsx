import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProjectFormState } from './form-values';

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
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('tasks.hint')}
      </Text>
      {tasks.fields.length > 0 && (
        <Table verticalSpacing={6} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tasks.name')}</Table.Th>
              <Table.Th w={160}>{t('tasks.rate')}</Table.Th>
              <Table.Th w={160}>{t('tasks.budget')}</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.fields.map((row, i) => (
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
                    rightSection={
                      <Text size="sm" c="dimmed">
                        €
                      </Text>
                    }
                    {...form.register(`tasks.${i}.rateCents`)}
                    error={errors?.[i]?.rateCents?.message}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('tasks.budgetAria', { n: i + 1 })}
                    placeholder="40"
                    rightSection={
                      <Text size="sm" c="dimmed">
                        {t('units.hours')}
                      </Text>
                    }
                    rightSectionWidth={48}
                    {...form.register(`tasks.${i}.budgetMinutes`)}
                    error={errors?.[i]?.budgetMinutes?.message}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('tasks.remove', { n: i + 1 })}
                    onClick={() => tasks.remove(i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {errors?.root?.message && (
        <Text size="sm" c="red">
          {errors.root.message}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => tasks.append({ name: '', rateCents: '', budgetMinutes: '' })}
        >
          {t('tasks.add')}
        </Button>
      </Group>
    </Stack>
  );
}
