import { Divider, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoicePreview } from '@plainstaff/contracts/exports';
import { HelpButton } from '../../../components/ui/help-button';
import { formatBasisPoints, formatMoney } from '../../../lib/format';

function Row({
  label,
  value,
  strong,
  help,
}: {
  label: string;
  value: string;
  strong?: boolean;
  help?: ReactNode;
}) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Group gap={2} wrap="nowrap">
        <Text size="sm" fw={strong ? 700 : 400} c={strong ? undefined : 'dimmed'}>
          {label}
        </Text>
        {help}
      </Group>
      <Text
        size={strong ? 'md' : 'sm'}
        fw={strong ? 700 : 500}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
    </Group>
  );
}

/** Netto, MwSt per rate, Brutto — the same figures billomat will show. */
export function InvoiceTotals({ preview }: { preview: InvoicePreview }) {
  const { t } = useTranslation('exports');
  const money = (cents: number) => formatMoney(cents, preview.currency);
  return (
    <Stack gap={6} miw={300} data-testid="invoice-totals">
      <Row label={t('preview.net')} value={money(preview.totalNetCents)} />
      {preview.taxes.map((tax) => (
        <Row
          key={tax.rateBp}
          label={t('preview.vat', { rate: formatBasisPoints(tax.rateBp), net: money(tax.netCents) })}
          value={money(tax.vatCents)}
        />
      ))}
      <Divider />
      <Row label={t('preview.gross')} value={money(preview.totalGrossCents)} strong />
      {preview.roundingDifferenceCents !== 0 && (
        <Stack gap={2} mt="xs" data-testid="rounding-difference">
          <Row
            label={t('preview.roundingDifference')}
            help={
              <HelpButton
                topic="abrechnungstakt-und-rundung"
                about={t('preview.roundingDifference')}
                size="sm"
              />
            }
            value={`${preview.roundingDifferenceCents < 0 ? '−' : '+'}${money(Math.abs(preview.roundingDifferenceCents))}`}
          />
          <Text size="xs" c="dimmed" maw={340}>
            {t('preview.roundingDifferenceHint', { exact: money(preview.exactNetCents) })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
