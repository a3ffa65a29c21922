import { BarChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCentsDe } from '@plainstaff/contracts/money';
import type { OverviewMonth } from '@plainstaff/contracts/overview';

const monthLabel = (month: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** Whole euros on the axis, exact cents in the tooltip. */
const euroAxis = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

export function MonthChart({ months }: { months: OverviewMonth[] }) {
  const { t, i18n } = useTranslation('overview');
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const data = months.map((m) => ({
    month: monthLabel(m.month, locale),
    billed: m.billedCents / 100,
    unbilled: m.unbilledCents / 100,
  }));
  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Title order={4}>{t('chart.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('chart.description')}
      </Text>
      <BarChart
        h={280}
        data={data}
        dataKey="month"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisLabel={t('chart.axis')}
        // Axis ticks in whole euros; the tooltip keeps the cents.
        yAxisProps={{ width: 90, tickFormatter: (v: number) => `${euroAxis.format(v)} €` }}
        valueFormatter={(v) => formatCentsDe(Math.round(v * 100))}
        tickLine="y"
        series={[
          { name: 'billed', label: t('chart.billed'), color: 'teal.6' },
          { name: 'unbilled', label: t('chart.unbilled'), color: 'orange.5' },
        ]}
        gridAxis="y"
        xAxisLabel={t('chart.month')}
      />
    </Paper>
  );
}
