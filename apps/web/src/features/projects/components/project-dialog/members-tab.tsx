import { Checkbox, Select, Table, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatHundredthsDe } from '@plainstaff/contracts/money';
import { useAssignableUsers } from '../../api/get-users';
import { InputUnit } from '../../../../components/ui/input-unit';
import type { ProjectFormState } from './form-values';
import { RemoveRowCell, RowEditor } from './row-editor';

export function MembersTab({ opened }: { opened: boolean }) {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  const form = useFormContext<ProjectFormState>();
  const members = useFieldArray({ control: form.control, name: 'members', keyName: 'key' });
  const users = useAssignableUsers(opened);
  const chosen = form.watch('members').map((m) => m.userId);
  const errors = form.formState.errors.members;

  return (
    <RowEditor
      hint={t('members.hint')}
      head={
        <>
          <Table.Th>{t('members.user')}</Table.Th>
          <Table.Th w={160}>{t('members.rate')}</Table.Th>
          <Table.Th w={150}>{t('members.manager')}</Table.Th>
        </>
      }
      rows={members.fields.map((row, i) => {
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
                rightSection={<InputUnit>€</InputUnit>}
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
            <RemoveRowCell label={t('members.remove', { n: i + 1 })} onRemove={() => members.remove(i)} />
          </Table.Tr>
        );
      })}
      addLabel={t('members.add')}
      onAdd={() => members.append({ userId: 0, rateCents: '', isManager: false })}
    />
  );
}
