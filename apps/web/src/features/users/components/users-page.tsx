import { Badge, Button, Group, Paper, Skeleton, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@plainstaff/contracts/users';
import { PageHeader } from '../../../components/ui/page-header';
import { messageOf } from '../../../lib/query-client';
import { notifications } from '@mantine/notifications';
import { useUsers } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { UserFormDialog } from './user-form-dialog';
import { formatMoney } from '../../../lib/format';

export function UsersPage() {
  const { t } = useTranslation('users');
  const users = useUsers();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | null | undefined>(undefined);

  const toggleActive = (user: User) =>
    update.mutate(
      { id: user.id, active: !user.active },
      { onError: (e) => notifications.show({ color: 'red', message: messageOf(e) }) },
    );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<Button onClick={() => setEditing(null)}>{t('create')}</Button>}
      />
      <Paper withBorder>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.email')}</Table.Th>
              <Table.Th>{t('fields.role')}</Table.Th>
              <Table.Th ta="right">{t('fields.defaultRate')}</Table.Th>
              <Table.Th>{t('fields.active')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.isPending &&
              Array.from({ length: 4 }, (_, i) => (
                <Table.Tr key={i}>
                  <Table.Td colSpan={6}>
                    <Skeleton h={20} />
                  </Table.Td>
                </Table.Tr>
              ))}
            {users.data?.items.map((user) => (
              <Table.Tr key={user.id} opacity={user.active ? 1 : 0.55}>
                <Table.Td>
                  <Text fw={500}>{user.name}</Text>
                </Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={user.role === 'admin' ? 'grape' : user.role === 'manager' ? 'blue' : 'gray'}
                  >
                    {t(`common:roles.${user.role}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {user.defaultRateCents != null ? formatMoney(user.defaultRateCents) : '–'}
                </Table.Td>
                <Table.Td>
                  <Switch
                    checked={user.active}
                    onChange={() => toggleActive(user)}
                    aria-label={t('activeToggle', { name: user.name })}
                  />
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Button size="xs" variant="subtle" onClick={() => setEditing(user)}>
                      {t('common:actions.edit')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <UserFormDialog
        user={editing ?? null}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}
