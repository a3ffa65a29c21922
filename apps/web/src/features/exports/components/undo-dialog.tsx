import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Export } from '@plainstaff/contracts/exports';
import { invoiceNumberText } from '../../../lib/invoice-number';

/** Asks before an invoice is deleted (draft) or cancelled (completed) in billomat. */
export function UndoDialog({
  target,
  loading,
  onConfirm,
  onClose,
}: {
  target: Export | null;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('exports');
  const completed = target !== null && target.invoiceStatus !== 'DRAFT';
  const values = { number: invoiceNumberText(target?.invoiceNumber) ?? '', count: target?.bookingCount ?? 0 };
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('undo.title')} centered>
      <Text size="sm">{completed ? t('undo.completed', values) : t('undo.draft', values)}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('undo.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={loading}>
          {completed ? t('undo.confirmCompleted') : t('undo.confirmDraft')}
        </Button>
      </Group>
    </Modal>
  );
}
