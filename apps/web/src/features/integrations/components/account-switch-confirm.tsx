import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BillomatAccountSwitch } from '@plainstaff/contracts/integrations';

/**
 * Saving another billomat ID switches the account (issue 19): before it happens the user reads what
 * it means for the customers, invoices and open exports of the connected account, and confirms.
 */
export function AccountSwitchConfirm({
  impact,
  to,
  saving,
  onConfirm,
  onCancel,
}: {
  impact: BillomatAccountSwitch | null;
  to: string;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('integrations');
  const from = impact?.from ?? '';
  return (
    <Modal opened={impact !== null} onClose={onCancel} title={t('switch.title')} size="md" zIndex={300}>
      {impact && (
        <Stack gap="sm">
          <Text size="sm">{t('switch.intro', { from, to })}</Text>
          <List size="sm" spacing="xs">
            <List.Item>{t('switch.customers', { count: impact.linkedCustomers, from, to })}</List.Item>
            <List.Item>{t('switch.invoices', { count: impact.syncingInvoices, from })}</List.Item>
            {impact.pendingExports > 0 && (
              <List.Item>{t('switch.pending', { count: impact.pendingExports, from })}</List.Item>
            )}
          </List>
          <Text size="sm">{t('switch.keyNote', { from })}</Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="subtle" onClick={onCancel}>
              {t('dialog.cancel')}
            </Button>
            <Button color="orange" onClick={onConfirm} loading={saving}>
              {t('switch.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
