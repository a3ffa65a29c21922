import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuotaEstimate as Estimate } from '@plainstaff/contracts/billing-runs';
import { berlinTime } from './run-format';

/** Requests and 15-minute windows for the SELECTED projects (worst case per invoice). */
export function QuotaEstimate({ estimate, completes }: { estimate: Estimate; completes: boolean[] }) {
  const { t } = useTranslation('billing-runs');
  const requests = completes.reduce((s, c) => s + 2 + (c ? 1 : 0), 0);
  const first = estimate.remaining ?? estimate.quotaPerWindow;
  const windows =
    requests === 0 ? 0 : requests <= first ? 1 : 1 + Math.ceil((requests - first) / estimate.quotaPerWindow);
  return (
    <div>
      <Text fw={600} data-testid="quota-estimate">
        {requests === 0
          ? t('estimate.none')
          : windows === 1
            ? t('estimate.one', { requests })
            : t('estimate.many', { requests, windows, minutes: (windows - 1) * 15 })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('estimate.explain', { quota: estimate.quotaPerWindow })}
        {estimate.remaining !== null &&
          ` ${t('estimate.remaining', { remaining: estimate.remaining, time: berlinTime(estimate.resetAt) })}`}
      </Text>
    </div>
  );
}
