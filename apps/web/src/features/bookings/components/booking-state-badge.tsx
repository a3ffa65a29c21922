import { Badge } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@plainstaff/contracts/bookings';
import { NO_TRUNCATE } from '../../../components/ui/no-truncate';
import { invoiceNumberText } from '../../../lib/invoice-number';

export const isLocked = (b: Booking) => b.billingState !== 'open';

/** Billed bookings are locked and name their invoice; open ones say nothing. */
export function BookingStateBadge({
  booking: b,
  showOpen = false,
}: {
  booking: Booking;
  showOpen?: boolean;
}) {
  const { t } = useTranslation('bookings');
  if (b.billingState === 'billed')
    return (
      <Badge
        size="sm"
        styles={NO_TRUNCATE}
        variant="light"
        color="green"
        leftSection={<IconLock size={11} />}
        tt="none"
      >
        {b.invoiceNumber
          ? t('state.billedAs', { number: invoiceNumberText(b.invoiceNumber) })
          : t('state.billed')}
      </Badge>
    );
  if (b.billingState === 'reserved')
    return (
      <Badge
        size="sm"
        styles={NO_TRUNCATE}
        variant="light"
        color="yellow"
        leftSection={<IconLock size={11} />}
        tt="none"
      >
        {t('state.reserved')}
      </Badge>
    );
  if (!b.billable)
    return (
      <Badge size="sm" styles={NO_TRUNCATE} variant="outline" color="gray" tt="none">
        {t('state.notBillable')}
      </Badge>
    );
  return showOpen ? (
    <Badge size="sm" styles={NO_TRUNCATE} variant="light" color="orange" tt="none">
      {t('state.open')}
    </Badge>
  ) : null;
}
