import { BarChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencySymbol } from '@plainstaff/contracts/numbers';
import type { OverviewMonth } from '@plainstaff/contracts/overview';
import { formatMoney } from '../../../lib/format';

const monthLabel = (month: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** Whole units on the axis (`1.200 €` / `€1,200`), exact cents in the tooltip. */
const axisLabel = (value: number, locale: string, symbol: string) => {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  return locale === 'de-DE' ? `${whole} ${symbol}` : `${symbol}${whole}`;
};

/** One chart per currency (a switch when there are several): amounts are never added across them. */
export function MonthChart({ months }: { months: OverviewMonth[] }) {
  const { t, i18n } = useTranslation('overview');
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const currencies = [...new Set(months.flatMap((m) => m.money.map((x) => x.currency)))].sort();
  const [chosen, setChosen] = useState<string | null>(null);
  const currency = chosen && currencies.includes(chosen) ? chosen : (currencies[0] ?? 'EUR');
  const symbol = currencySymbol(currency);
  const data = months.map((m) => {
    const money = m.money.find((x) => x.currency === currency);
    return {
      month: monthLabel(m.month, locale),
      billed: (money?.invoicedCents ?? 0) / 100,
      unbilled: (money?.unbilledCents ?? 0) / 100,
    };
  });
  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4}>{t('chart.title')}</Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('chart.description')}
          </Text>
        </div>
        {currencies.length > 1 && (
          <SegmentedControl
            size="xs"
            data={currencies}
            value={currency}
            onChange={setChosen}
            aria-label={t('chart.currency')}
          />
        )}
      </Group>
      <BarChart
        h={280}
        data={data}
        dataKey="month"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisLabel={t('chart.axis', { symbol })}
        // Axis ticks in whole units; the tooltip keeps the cents.
        yAxisProps={{ width: 90, tickFormatter: (v: number) => axisLabel(v, locale, symbol) }}
        valueFormatter={(v) => formatMoney(Math.round(v * 100), currency)}
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
