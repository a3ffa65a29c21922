import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BillingRunItemStatus, BillingRunStatus } from '@plainstaff/contracts/billing-runs';
import { NO_TRUNCATE } from '../../../components/ui/no-truncate';

const runColor: Record<BillingRunStatus, string> = {
  running: 'blue',
  waiting: 'yellow',
  done: 'green',
  cancelled: 'gray',
  failed: 'red',
};
const itemColor: Record<BillingRunItemStatus, string> = {
  pending: 'gray',
  running: 'blue',
  done: 'green',
  skipped: 'orange',
  failed: 'red',
};

export function RunStatusBadge({ status }: { status: BillingRunStatus }) {
  const { t } = useTranslation('billing-runs');
  return (
    <Badge variant="light" color={runColor[status]} styles={NO_TRUNCATE}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function ItemStatusBadge({ status }: { status: BillingRunItemStatus }) {
  const { t } = useTranslation('billing-runs');
  return (
    <Badge variant="light" color={itemColor[status]} styles={NO_TRUNCATE}>
      {t(`itemStatus.${status}`)}
    </Badge>
  );
}
