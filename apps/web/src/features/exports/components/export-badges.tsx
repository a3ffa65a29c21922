import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportStatus } from '@plainstaff/contracts/exports';

const EXPORT_COLORS: Record<ExportStatus, string> = {
  pending: 'yellow',
  created: 'green',
  failed: 'red',
  undone: 'gray',
};

// `min-width: max-content`: in a narrow table cell the badges keep their words ("erstellt", not
// "er…"); Mantine's badge hides its overflow, which lets a table squeeze it to nothing.

/** Our export's state: ausstehend, erstellt, fehlgeschlagen, rückgängig gemacht. */
export function ExportStatusBadge({ status }: { status: ExportStatus }) {
  const { t } = useTranslation('exports');
  return (
    <Badge
      variant="light"
      color={EXPORT_COLORS[status]}
      style={{ textTransform: 'none', minWidth: 'max-content' }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

const INVOICE_COLORS: Record<string, string> = {
  DRAFT: 'gray',
  OPEN: 'blue',
  PAID: 'green',
  OVERDUE: 'orange',
  CANCELED: 'red',
};

/** billomat's invoice state as last seen: Entwurf, Offen, Bezahlt, Überfällig, Storniert. */
export function InvoiceStatusBadge({ status }: { status: string | null }) {
  const { t } = useTranslation('exports');
  if (!status) return null;
  return (
    <Badge
      variant="outline"
      color={INVOICE_COLORS[status] ?? 'gray'}
      style={{ textTransform: 'none', minWidth: 'max-content' }}
    >
      {t(`invoiceStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}
