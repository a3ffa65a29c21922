import { Badge, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconExternalLink, IconFileInvoice } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { SyntheticEvent } from 'react';
import { Link } from 'react-router';
import type { ExportBookingRow } from '@plainstaff/contracts/export-selection';
import { formatCentiHours, formatClock, formatMoney } from '../../../lib/format';
import classes from './booking-grid.module.css';
import { invoiceNumberText } from '../../../lib/invoice-number';

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
  const value = row.rateCents === null ? '–' : formatMoney(row.rateCents, currency);
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

/** Where the project file shows an export: its "Rechnungen" tab, the export's row opened. */
export const exportHref = (projectId: number, exportId: number) =>
  `/projekte/${projectId}?tab=invoices&export=${exportId}`;

// The row toggles its selection on click; a click on the links must not reach it (React events bubble
// out of the menu's portal to the row).
const keepFromRow = (e: SyntheticEvent) => e.stopPropagation();

/**
 * The booking's billing state. A billed booking's badge opens a menu: its invoice in billomat, its
 * export in the project file; a booking in a running export links to that export.
 */
export function StateCell({ row, projectId, t }: { row: ExportBookingRow; projectId: number; t: T }) {
  const [label, color, variant] =
    row.billingState === 'billed'
      ? [invoiceNumberText(row.invoiceNumber) ?? t('state.billed'), 'green', 'light']
      : row.billingState === 'reserved'
        ? [t('state.reserved'), 'yellow', 'light']
        : !row.billable
          ? [t('state.notBillable'), 'gray', 'outline']
          : [t('state.open'), 'orange', 'light'];
  const badge = (chevron: boolean) => (
    <Badge
      size="sm"
      variant={variant}
      color={color}
      style={{ textTransform: 'none', cursor: chevron ? 'pointer' : undefined }}
      rightSection={chevron ? <IconChevronDown size={12} aria-hidden /> : undefined}
    >
      {label}
    </Badge>
  );
  if (row.exportId === null || row.billingState === 'open') return badge(false);
  const toExport = exportHref(projectId, row.exportId);
  if (row.billingState === 'reserved')
    return (
      <Link
        to={toExport}
        onClick={keepFromRow}
        aria-label={`${label}: ${t('grid.showInProject')}`}
        className={classes.badgeLink}
      >
        {badge(false)}
      </Link>
    );
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <UnstyledButton
          onClick={keepFromRow}
          aria-label={t('grid.invoiceLinks', { invoice: label })}
          className={classes.badgeLink}
        >
          {badge(true)}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown onClick={keepFromRow}>
        {row.invoiceUrl && (
          <Menu.Item
            component="a"
            href={row.invoiceUrl}
            target="_blank"
            rel="noreferrer"
            leftSection={<IconExternalLink size={16} />}
          >
            {t('grid.openInBillomat')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to={toExport} leftSection={<IconFileInvoice size={16} />}>
          {t('grid.showInProject')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
