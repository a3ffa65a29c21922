import { ActionIcon, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatHundredthsDe } from '@plainstaff/contracts/money';
import { useAssignableUsers } from '../../api/get-users';
import type { ProjectFormState } from './form-values';

export function MembersTab({ opened }: { opened: boolean }) {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  const form = useFormContext<ProjectFormState>();
  const members = useFieldArray({ control: form.control, name: 'members', keyName: 'key' });
  const users = useAssignableUsers(opened);
  const chosen = form.watch('members').map((m) => m.userId);
  const errors = form.formState.errors.members;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('members.hint')}
      </Text>
      {members.fields.length > 0 && (
        <Table verticalSpacing={6} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.user')}</Table.Th>
              <Table.Th w={160}>{t('members.rate')}</Table.Th>
              <Table.Th w={150}>{t('members.manager')}</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.fields.map((row, i) => {
              const current = chosen[i];
              const data = (users.data ?? [])
                .filter((u) => u.id === current || !chosen.includes(u.id))
                .map((u) => ({ value: String(u.id), label: `${u.name} · ${tc(`roles.${u.role}`)}` }));
              const defaultRate = users.data?.find((u) => u.id === current)?.defaultRateCents;
              return (
                <Table.Tr key={row.key}>
                  <Table.Td>
                    <Controller
                      control={form.control}
                      name={`members.${i}.userId`}
                      render={({ field }) => (
                        <Select
                          aria-label={t('members.userAria', { n: i + 1 })}
                          placeholder={t('members.choose')}
                          searchable
                          data={data}
                          value={field.value ? String(field.value) : null}
                          onChange={(v) => field.onChange(v ? Number(v) : 0)}
                          error={errors?.[i]?.userId?.message}
                        />
                      )}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('members.rateAria', { n: i + 1 })}
                      placeholder={defaultRate != null ? formatHundredthsDe(defaultRate) : '95,00'}
                      rightSection={
                        <Text size="sm" c="dimmed">
                          €
                        </Text>
                      }
                      {...form.register(`members.${i}.rateCents`)}
                      error={errors?.[i]?.rateCents?.message}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      label={t('members.manager')}
                      aria-label={t('members.managerAria', { n: i + 1 })}
                      {...form.register(`members.${i}.isManager`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('members.remove', { n: i + 1 })}
                      onClick={() => members.remove(i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => members.append({ userId: 0, rateCents: '', isManager: false })}
        >
          {t('members.add')}
        </Button>
      </Group>
    </Stack>
  );
}
