import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpTable } from '../components/help-table';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

const EXAMPLES = [
  ['0:20 at 100 €', 'no rounding', '0,33 h', '33,00 €', '−0,33 €'],
  ['0:20 at 100 €', '6 minutes (→ 0:24)', '0,40 h', '40,00 €', '0,00 €'],
  ['2:50 at 100 €', 'no rounding', '2,83 h', '283,00 €', '−0,33 €'],
  ['2:50 at 100 €', '6 minutes (→ 2:54)', '2,90 h', '290,00 €', '0,00 €'],
  ['0:07 and 0:16 at 120 €', '15 minutes (→ 0:15 and 0:30)', '0,75 h', '90,00 €', '0,00 €'],
];

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        PlainStaff turns time into money exactly the way billomat does. That is why the preview matches the
        invoice in billomat to the cent – and why the amount may differ by a few cents from the “exact” value
        of the minutes. (Amounts and quantities are written here as PlainStaff and the invoice show them, in
        German notation: 0,33 h means 0.33 hours.) This is the rule:
      </Text>
      <List type="ordered" spacing={4}>
        <List.Item>
          <b>Billing increment, per booking:</b> the booked minutes are rounded up to the chosen increment –
          no rounding, 6, 15 or 30 minutes. The booked time itself never changes; only the invoice uses the
          rounded time.
        </List.Item>
        <List.Item>
          <b>Quantity, per booking:</b> minutes divided by 60, rounded half up to two decimals: 20 minutes are
          0,33 h, 10 minutes 0,17 h, 90 minutes 1,50 h.
        </List.Item>
        <List.Item>
          <b>Line:</b> the quantities of its bookings are added up; amount = quantity × hourly rate, rounded
          to the cent.
        </List.Item>
        <List.Item>
          <b>VAT:</b> computed once per VAT rate on the sum of the lines, and rounded.
        </List.Item>
        <List.Item>
          <b>Invoice:</b> net is the sum of the lines, gross is net plus VAT.
        </List.Item>
      </List>
      <Title order={3}>The example: 20 minutes at 100 €</Title>
      <Text>
        20 minutes become the quantity 0,33 h. So the invoice says 0,33 × 100 € = 33,00 € net, plus 19 % VAT
        (6,27 €), 39,27 € gross. The exact value of 20 minutes would be 33,33 €. The preview shows the
        difference as “Rounding difference −0,33 €”.
      </Text>
      <HelpScreenshot
        name="export-rundungsdifferenz"
        alt="The totals of a preview at 100 € per hour with a booking of 20 minutes: net, VAT, gross and below them the rounding difference −0,33 € with the hint about the 6-minute increment."
      />
      <HelpTable label="Examples of the billing rule">
        {[['Booked', 'Billing increment', 'Quantity', 'Net', 'Rounding difference'], ...EXAMPLES]}
      </HelpTable>
      <Title order={3}>Avoiding the rounding difference: the 6-minute increment</Title>
      <Text>
        Hundredths of an hour are exact only for multiples of 6 minutes (0,1 h). With a billing increment of 6
        minutes every quantity is exact and the rounding difference is always 0 – the same with 15 or 30
        minutes. Bear in mind that the increment rounds every booking up: 20 minutes become 24. Without an
        increment the difference per booking is at most half a hundredth of an hour – at 100 € per hour at
        most 50 cents, up or down.
      </Text>
      <Title order={3}>Grouping and cents</Title>
      <Text>
        As every line is rounded to the cent on its own, grouping can shift the amount by cents: three
        bookings of 20 minutes at 95,50 € make 0,99 h = 94,55 € as one line, and 3 × 31,52 € = 94,56 € as
        three lines.
      </Text>
      <Title order={3}>Where you see the rule</Title>
      <List spacing={4}>
        <List.Item>
          <b>Booking list:</b> per booking the booked time, quantity and amount. Where the increment rounded
          up, the quantity is marked (“rounded up from 0:20 to 0:30 (billing increment)”).
        </List.Item>
        <List.Item>
          <b>Preview:</b> booked and billed time, the lines, VAT, net, gross and the rounding difference.
        </List.Item>
        <List.Item>
          <b>After the export:</b> PlainStaff compares the totals billomat reports with the preview. Should
          billomat round differently, the result and the project file say so, e.g. “billomat rounded 0,01 €
          differently than the preview”.
        </List.Item>
        <List.Item>
          <b>Overview:</b> “Unbilled” values open hours by this rule, without an increment (see{' '}
          <HelpLink to="uebersicht">Reading the overview</HelpLink>).
        </List.Item>
      </List>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'abrechnungstakt-und-rundung',
  title: 'Billing increment and rounding',
  summary:
    'How minutes become money: quantities in hundredths of an hour, the rounding difference and why a 6-minute increment avoids it.',
  order: 34,
  Body,
};
