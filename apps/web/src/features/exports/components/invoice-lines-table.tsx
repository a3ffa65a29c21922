import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewLine } from '@plainstaff/contracts/exports';
import { renderMessage } from '../../../lib/messages';
import { formatHundredths, formatMoney } from '../../../lib/format';

/** Invoice lines as billomat computes them: Menge × Einzelpreis = Gesamt (net). */
export function InvoiceLinesTable({
  lines,
  currency,
  showRateNote = true,
}: {
  lines: PreviewLine[];
  currency: string;
  showRateNote?: boolean;
}) {
  const { t } = useTranslation('exports');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-label={t('preview.linesLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('preview.pos')}</Table.Th>
            <Table.Th>{t('preview.item')}</Table.Th>
            <Table.Th ta="right" w={90}>
              {t('preview.quantity')}
            </Table.Th>
            <Table.Th w={80}>{t('preview.unit')}</Table.Th>
            <Table.Th ta="right" w={120}>
              {t('preview.unitPrice')}
            </Table.Th>
            <Table.Th ta="right" w={130}>
              {t('preview.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, i) => (
            <Table.Tr key={line.key} style={{ verticalAlign: 'top' }}>
              <Table.Td c="dimmed">{i + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {line.title}
                </Text>
                {line.description && (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }} lineClamp={4}>
                    {line.description}
                  </Text>
                )}
                {showRateNote && (
                  <Text size="xs" c="blue" mt={4}>
                    {renderMessage(line.rateNote)} · {t('preview.bookingCount', { count: line.bookingCount })}
                    {line.billedMinutes !== line.bookedMinutes &&
                      ` · ${t('preview.roundedFrom', {
                        booked: formatHundredths(Math.round((line.bookedMinutes * 100) / 60)),
                      })}`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatHundredths(line.quantityCentiHours)}
              </Table.Td>
              <Table.Td>{line.unit}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(line.unitPriceCents, currency)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(line.totalNetCents, currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
