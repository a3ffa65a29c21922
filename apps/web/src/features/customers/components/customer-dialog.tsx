import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CustomerInputSchema, type Customer } from '@plainstaff/contracts/customers';
import { applyServerErrors } from '../../../components/ui/server-errors';
import { messageOf } from '../../../lib/query-client';
import { useCreateCustomer } from '../api/create-customer';
import { useUpdateCustomer } from '../api/update-customer';
import { localized } from '../../../lib/form-resolver';

const FIELDS = ['name', 'number', 'address', 'email', 'vatId'] as const;

/** Create or edit a manual customer; billomat customers never reach this dialog. */
export function CustomerDialog({
  customer,
  opened,
  onClose,
}: {
  customer: Customer | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('customers');
  const { t: tc } = useTranslation();
  const create = useCreateCustomer();
  const update = useUpdateCustomer();
  const mutation = customer ? update : create;
  const form = useForm({
    resolver: localized(zodResolver(CustomerInputSchema)),
    values: {
      name: customer?.name ?? '',
      number: customer?.number ?? '',
      address: customer?.address ?? '',
      email: customer?.email ?? '',
      vatId: customer?.vatId ?? '',
    },
  });
  const { errors } = form.formState;

  const close = () => {
    create.reset();
    update.reset();
    form.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      if (customer) await update.mutateAsync({ id: customer.id, input });
      else await create.mutateAsync(input);
      notifications.show({ color: 'green', message: t('saved', { name: input.name }) });
      close();
    } catch (error) {
      applyServerErrors(error, form.setError, FIELDS);
    }
  });

  const unmatched =
    mutation.isError && !FIELDS.some((f) => errors[f]?.type === 'server') ? messageOf(mutation.error) : null;

  return (
    <Modal opened={opened} onClose={close} title={customer ? t('dialog.editTitle') : t('dialog.newTitle')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {unmatched && (
            <Alert color="red" role="alert">
              {unmatched}
            </Alert>
          )}
          <TextInput
            label={t('field.name')}
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
          <TextInput label={t('field.number')} {...form.register('number')} error={errors.number?.message} />
          <Textarea
            label={t('field.address')}
            autosize
            minRows={3}
            {...form.register('address')}
            error={errors.address?.message}
          />
          <TextInput
            label={t('field.email')}
            type="email"
            {...form.register('email')}
            error={errors.email?.message}
          />
          <TextInput label={t('field.vatId')} {...form.register('vatId')} error={errors.vatId?.message} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
