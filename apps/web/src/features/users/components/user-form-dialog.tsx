import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatHundredthsDe } from '@plainstaff/contracts/money';
import {
  CreateUserSchema,
  UpdateUserSchema,
  type CreateUser,
  type CreateUserForm,
  type UpdateUser,
  type UpdateUserForm,
  type User,
} from '@plainstaff/contracts/users';
import { ApiError } from '../../../lib/api-client';
import { messageOf } from '../../../lib/query-client';
import { renderMessage } from '../../../lib/messages';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { localized } from '../../../lib/form-resolver';

type FormValues = CreateUserForm & UpdateUserForm;

function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>) {
  if (!(error instanceof ApiError)) return false;
  error.details.forEach((d) => setError(d.field as Path<T>, { message: renderMessage(d) }));
  return error.details.length > 0;
}

export function UserFormDialog({
  user,
  opened,
  onClose,
}: {
  user: User | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('users');
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const form = useForm<FormValues>({
    resolver: localized(zodResolver(user ? UpdateUserSchema : CreateUserSchema)) as never,
    values: {
      name: user?.name ?? '',
      email: user?.email ?? '',
      role: user?.role ?? 'employee',
      password: '',
      defaultRateCents: user?.defaultRateCents != null ? formatHundredthsDe(user.defaultRateCents) : '',
    },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) => {
    const done = { onSuccess: onClose, onError: (e: unknown) => applyServerErrors(e, form.setError) };
    if (user) update.mutate({ ...(values as UpdateUser), id: user.id }, done);
    else create.mutate(values as CreateUser, done);
  });

  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('editTitle') : t('createTitle')} size="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {mutation.isError && !(mutation.error instanceof ApiError && mutation.error.details.length) && (
            <Alert color="red">{messageOf(mutation.error)}</Alert>
          )}
          <TextInput
            label={t('fields.name')}
            {...form.register('name')}
            error={errors.name?.message}
            data-autofocus
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            {...form.register('email')}
            error={errors.email?.message}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <Select
                label={t('fields.role')}
                data={(['admin', 'manager', 'employee'] as const).map((r) => ({
                  value: r,
                  label: t(`common:roles.${r}`),
                }))}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v)}
                allowDeselect={false}
                error={errors.role?.message}
              />
            )}
          />
          <TextInput
            label={t('fields.defaultRate')}
            description={t('fields.defaultRateHint')}
            rightSection="€"
            {...form.register('defaultRateCents')}
            error={errors.defaultRateCents?.message}
          />
          <PasswordInput
            label={user ? t('fields.newPassword') : t('fields.password')}
            description={user ? t('fields.newPasswordHint') : t('fields.passwordHint')}
            autoComplete="new-password"
            {...form.register('password')}
            error={errors.password?.message}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
