import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCentsDe } from '@plainstaff/contracts/money';
import type { Overview } from '@plainstaff/contracts/overview';
import { formatHours } from '../../../lib/format';

function Kpi({ label, value, sub, color }: { label: string; value: string; sub: string; color?: string }) {
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={color} mt={4}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {sub}
      </Text>
    </Paper>
  );
}

export function KpiCards({ overview }: { overview: Overview }) {
  const { t } = useTranslation('overview');
  const { totals, invoices } = overview;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="lg">
      <Kpi
        label={t('kpi.unbilled')}
        value={formatCentsDe(totals.unbilledCents)}
        sub={formatHours(totals.unbilledMinutes)}
        color="orange.8"
      />
      <Kpi
        label={t('kpi.billed')}
        value={formatCentsDe(totals.billedCents)}
        sub={formatHours(totals.billedMinutes)}
      />
      {invoices ? (
        <>
          <Kpi
            label={t('kpi.open')}
            value={formatCentsDe(invoices.openCents)}
            sub={
              invoices.overdueCents > 0
                ? t('kpi.overdue', { amount: formatCentsDe(invoices.overdueCents) })
                : t('kpi.invoices', { count: invoices.openCount })
            }
            color="blue.8"
          />
          <Kpi
            label={t('kpi.paid')}
            value={formatCentsDe(invoices.paidCents)}
            sub={t('kpi.invoices', { count: invoices.paidCount })}
            color="teal.8"
          />
        </>
      ) : (
        <Kpi
          label={t('kpi.booked')}
          value={formatHours(totals.bookedMinutes)}
          sub={formatCentsDe(totals.billableCents)}
        />
      )}
    </SimpleGrid>
  );
}
