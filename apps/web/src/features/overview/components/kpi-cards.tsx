import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '@plainstaff/contracts/overview';
import { formatHours, formatMoney } from '../../../lib/format';
import { MoneyLines } from './money-lines';

function Kpi({ label, value, sub }: { label: string; value: ReactNode; sub: string }) {
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <div style={{ marginTop: 4 }}>{value}</div>
      <Text size="sm" c="dimmed">
        {sub}
      </Text>
    </Paper>
  );
}

const big = (color?: string) => ({ fz: 26, fw: 700, c: color });

export function KpiCards({ overview }: { overview: Overview }) {
  const { t } = useTranslation('overview');
  const { totals, invoices } = overview;
  const money = (pick: (m: Overview['totals']['money'][number]) => number) =>
    totals.money.map((m) => ({ currency: m.currency, cents: pick(m) }));
  const amounts = invoices?.amounts ?? [];
  const overdue = amounts.filter((a) => a.overdueCents > 0);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="lg">
      <Kpi
        label={t('kpi.unbilled')}
        value={<MoneyLines items={money((m) => m.unbilledCents)} {...big('orange.8')} />}
        sub={formatHours(totals.unbilledMinutes)}
      />
      <Kpi
        label={t('kpi.billed')}
        value={<MoneyLines items={money((m) => m.invoicedCents)} {...big()} />}
        sub={formatHours(totals.billedMinutes)}
      />
      {invoices ? (
        <>
          <Kpi
            label={t('kpi.open')}
            value={
              <MoneyLines
                items={amounts.map((a) => ({ currency: a.currency, cents: a.openCents }))}
                {...big('blue.8')}
              />
            }
            sub={
              overdue.length > 0
                ? t('kpi.overdue', {
                    amount: overdue.map((a) => formatMoney(a.overdueCents, a.currency)).join(' · '),
                  })
                : t('kpi.invoices', { count: invoices.openCount })
            }
          />
          <Kpi
            label={t('kpi.paid')}
            value={
              <MoneyLines
                items={amounts.map((a) => ({ currency: a.currency, cents: a.paidCents }))}
                {...big('teal.8')}
              />
            }
            sub={t('kpi.invoices', { count: invoices.paidCount })}
          />
        </>
      ) : (
        <Kpi
          label={t('kpi.booked')}
          value={
            <Text {...big()} style={{ whiteSpace: 'nowrap' }}>
              {formatHours(totals.bookedMinutes)}
            </Text>
          }
          sub={totals.money.map((m) => formatMoney(m.billableCents, m.currency)).join(' · ') || '–'}
        />
      )}
    </SimpleGrid>
  );
}
