import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  ScrollArea,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  BillomatSettingsInputSchema,
  type BillomatAccountSwitch,
  type BillomatSettings,
  type BillomatSettingsFormValues,
  type BillomatSettingsInput,
} from '@plainstaff/contracts/integrations';
import { formatBasisPointsDe } from '@plainstaff/contracts/money';
import { HelpButton } from '../../../components/ui/help-button';
import { applyServerErrors } from '../../../components/ui/server-errors';
import { messageOf } from '../../../lib/query-client';
import { useAccountSwitchImpact } from '../api/account-switch';
import { useSaveBillomatSettings } from '../api/save-billomat-settings';
import { useTestBillomatConnection } from '../api/test-billomat-connection';
import { AccountSwitchConfirm } from './account-switch-confirm';
import { DisconnectButton } from './disconnect-button';
import { InvoiceOptions } from './invoice-options';
import { localized } from '../../../lib/form-resolver';
import { renderMessage } from '../../../lib/messages';

const FIELDS = [
  'billomatId',
  'apiKey',
  'vatRate',
  'printProjectDescription',
  'completeInvoices',
  'templateId',
];

function defaultsOf(s: BillomatSettings): BillomatSettingsFormValues {
  return {
    billomatId: s.billomatId ?? '',
    apiKey: '',
    vatRate: formatBasisPointsDe(s.vatRateBp),
    printProjectDescription: s.printProjectDescription,
    completeInvoices: s.completeInvoices,
    templateId: s.templateId === null ? '' : String(s.templateId),
    confirmAccountSwitch: false,
  };
}

export function BillomatSettingsDialog({
  settings,
  opened,
  onClose,
}: {
  settings: BillomatSettings;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('integrations');
  const save = useSaveBillomatSettings();
  const test = useTestBillomatConnection();
  const form = useForm<BillomatSettingsFormValues, unknown, BillomatSettingsInput>({
    resolver: localized(zodResolver(BillomatSettingsInputSchema)),
    defaultValues: defaultsOf(settings),
  });
  // Fresh values on every opening; not on refetches, which would wipe what the user is typing.
  useEffect(() => {
    if (opened) form.reset(defaultsOf(settings));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const errors = form.formState.errors;
  const impact = useAccountSwitchImpact();
  // Saving another billomat ID waits for the user's confirmation of what the switch means.
  const [pendingSwitch, setPendingSwitch] = useState<{
    values: BillomatSettingsInput;
    impact: BillomatAccountSwitch;
  } | null>(null);
  const typedId = (form.watch('billomatId') ?? '').trim();
  // Another account than the connected one: the saved key is never sent there, its own key is needed.
  const otherAccount = settings.connected && typedId !== '' && typedId !== settings.billomatId;

  const close = () => {
    test.reset();
    save.reset();
    setPendingSwitch(null);
    onClose();
  };

  const store = (values: BillomatSettingsInput) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        notifications.show(
          saved.lastError
            ? {
                color: 'orange',
                message: t('dialog.savedWithError', { message: renderMessage(saved.lastError) }),
              }
            : { color: 'green', message: t('dialog.saved') },
        );
        close();
      },
      onError: (e) => {
        setPendingSwitch(null);
        applyServerErrors(e, form.setError, FIELDS);
      },
    });

  const onSubmit = form.handleSubmit((values) => {
    if (!settings.connected || values.billomatId === settings.billomatId) return store(values);
    if (values.apiKey === '') {
      form.setError('apiKey', { message: t('dialog.apiKeyOtherAccount') });
      return;
    }
    impact.mutate(values.billomatId, {
      onSuccess: (found) =>
        found.from === null ? store(values) : setPendingSwitch({ values, impact: found }),
      onError: (e) => applyServerErrors(e, form.setError, FIELDS),
    });
  });

  const onTest = () => {
    form.clearErrors(['billomatId', 'apiKey']);
    const { billomatId, apiKey } = form.getValues();
    if (otherAccount && !apiKey) {
      form.setError('apiKey', { message: t('dialog.apiKeyOtherAccount') });
      return;
    }
    test.mutate(
      { billomatId: billomatId ?? '', apiKey: apiKey ?? '' },
      { onError: (e) => applyServerErrors(e, form.setError, ['billomatId', 'apiKey']) },
    );
  };

  return (
    <Modal.Root opened={opened} onClose={close} size="lg" scrollAreaComponent={ScrollArea.Autosize}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('dialog.title')}</Modal.Title>
          {/* The "?" beside the close button: the guide opens over the dialog, the form stays as typed. */}
          <Group gap={4} wrap="nowrap" ml="auto">
            <HelpButton topic="billomat-verbinden" size="md" />
            <Modal.CloseButton aria-label={t('dialog.close')} ml={0} />
          </Group>
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t('dialog.billomatId')}
                description={t('dialog.billomatIdHint')}
                autoComplete="off"
                spellCheck={false}
                {...form.register('billomatId')}
                error={errors.billomatId?.message}
                data-autofocus
              />
              <PasswordInput
                label={t('dialog.apiKey')}
                description={
                  otherAccount
                    ? `${t('dialog.apiKeyOtherAccount')} ${t('dialog.apiKeyHint')}`
                    : settings.apiKeyMasked
                      ? `${t('dialog.apiKeySaved', { masked: settings.apiKeyMasked })} ${t('dialog.apiKeyHint')}`
                      : t('dialog.apiKeyHint')
                }
                placeholder={otherAccount ? undefined : (settings.apiKeyMasked ?? undefined)}
                autoComplete="new-password"
                {...form.register('apiKey')}
                error={errors.apiKey?.message}
              />
              <TextInput
                label={t('dialog.vatRate')}
                description={t('dialog.vatRateHint')}
                inputMode="decimal"
                rightSection="%"
                styles={{ wrapper: { maxWidth: 160 } }}
                {...form.register('vatRate')}
                error={errors.vatRate?.message}
              />
              <Checkbox
                label={t('dialog.printDescription')}
                description={t('dialog.printDescriptionHint')}
                {...form.register('printProjectDescription')}
                error={errors.printProjectDescription?.message}
              />
              <InvoiceOptions control={form.control} connected={settings.connected} />

              {test.isSuccess && (
                <Alert color="green" icon={<IconCircleCheck size={18} />} role="status">
                  {t('dialog.testOk', { name: test.data.accountName })}
                </Alert>
              )}
              {test.isError && (
                <Alert color="red" role="alert">
                  {messageOf(test.error)}
                </Alert>
              )}
              {save.isError && (
                <Alert color="red" role="alert">
                  {messageOf(save.error)}
                </Alert>
              )}

              <Group justify="space-between" mt="sm">
                <Group gap="xs">
                  <Button variant="default" onClick={onTest} loading={test.isPending}>
                    {t('dialog.test')}
                  </Button>
                  {settings.connected && <DisconnectButton onDone={close} />}
                </Group>
                <Group gap="xs">
                  <Button variant="subtle" onClick={close}>
                    {t('dialog.cancel')}
                  </Button>
                  <Button type="submit" loading={save.isPending || impact.isPending}>
                    {t('dialog.save')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          </form>
          <AccountSwitchConfirm
            impact={pendingSwitch?.impact ?? null}
            to={pendingSwitch?.values.billomatId ?? ''}
            saving={save.isPending}
            onCancel={() => setPendingSwitch(null)}
            onConfirm={() => pendingSwitch && store({ ...pendingSwitch.values, confirmAccountSwitch: true })}
          />
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
