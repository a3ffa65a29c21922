import { Badge, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ExportBookingRow } from '@plainstaff/contracts/export-selection';
import { formatCentsDe } from '@plainstaff/contracts/money';
import { formatCentiHours, formatClock } from '../../../lib/format';
import classes from './booking-grid.module.css';

type T = TFunction<'exports'>;

/** A value with its explanation: on hover (title) and for screen readers (hidden text). */
function Explained({ value, note, className }: { value: string; note: string; className?: string }) {
  return (
    <span title={note} className={className}>
      {value}
      <VisuallyHidden> {note}</VisuallyHidden>
    </span>
  );
}

/** Where a booking's hourly rate came from (the rate is a snapshot taken when it was booked). */
export function rateNote(row: ExportBookingRow, t: T): string {
  if (row.rateCents === null) return t('grid.rateSource.none');
  switch (row.rateSource) {
    case 'task':
      return t('grid.rateSource.task', { task: row.taskName ?? t('grid.noTask') });
    case 'member':
      return t('grid.rateSource.member', { employee: row.employeeName });
    case 'user':
      return t('grid.rateSource.user', { employee: row.employeeName });
    case 'project':
      return t('grid.rateSource.project');
    case 'manual':
      return t('grid.rateSource.manual');
    default:
      return t('grid.rateSource.unknown');
  }
}

export function RateCell({ row, currency, t }: { row: ExportBookingRow; currency: string; t: T }) {
  const value = row.rateCents === null ? '–' : formatCentsDe(row.rateCents, currency);
  return <Explained value={value} note={rateNote(row, t)} />;
}

/** The billed quantity; it stands out when the billing increment rounded the booked time up. */
export function QuantityCell({ row, t }: { row: ExportBookingRow; t: T }) {
  const value = formatCentiHours(row.quantityHundredths);
  if (row.billedMinutes === row.minutes) return <>{value}</>;
  const note = t('grid.roundedUp', {
    booked: formatClock(row.minutes),
    billed: formatClock(row.billedMinutes),
  });
  return <Explained value={value} note={note} className={classes.roundedUp} />;
}

export function CommentCell({ comment }: { comment: string }) {
  return (
    <Text size="sm" truncate="end" title={comment}>
      {comment}
    </Text>
  );
}

export function StateCell({ row, t }: { row: ExportBookingRow; t: T }) {
  const [label, color, variant] =
    row.billingState === 'billed'
      ? [row.invoiceNumber ?? t('state.billed'), 'green', 'light']
      : row.billingState === 'reserved'
        ? [t('state.reserved'), 'yellow', 'light']
        : !row.billable
          ? [t('state.notBillable'), 'gray', 'outline']
          : [t('state.open'), 'orange', 'light'];
  return (
    <Badge size="sm" variant={variant} color={color} style={{ textTransform: 'none' }}>
      {label}
    </Badge>
  );
}
