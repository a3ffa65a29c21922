import { Text, type TextProps } from '@mantine/core';
import { formatMoney } from '../../../lib/format';

/**
 * Amounts of several currencies, one line each: the Übersicht never adds francs to euros. The first
 * currency keeps the given style, the others follow smaller; nothing at all shows as 0,00 €.
 */
export function MoneyLines({
  items,
  size = 'sm',
  ...props
}: { items: { currency: string; cents: number }[] } & TextProps) {
  const list = items.length > 0 ? items : [{ currency: 'EUR', cents: 0 }];
  return (
    <>
      {list.map((m, i) => (
        <Text
          key={m.currency}
          {...props}
          size={i === 0 ? size : 'sm'}
          fz={i === 0 ? props.fz : undefined}
          style={{ whiteSpace: 'nowrap' }}
        >
          {formatMoney(m.cents, m.currency)}
        </Text>
      ))}
    </>
  );
}
