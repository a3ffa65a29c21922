import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        A few clicks turn booked project hours into an outgoing invoice in billomat. PlainStaff remembers
        which hours are billed – no hour is billed twice, none is forgotten.
      </Text>
      <Title order={3}>Before you start</Title>
      <List spacing={4}>
        <List.Item>
          billomat is connected under Administration › Integrations (
          <HelpLink to="billomat-verbinden">Connecting billomat</HelpLink>).
        </List.Item>
        <List.Item>
          The project&apos;s customer was imported from billomat (
          <HelpLink to="kunden-importieren">Importing customers from billomat</HelpLink>). Only such customers
          can be invoiced.
        </List.Item>
      </List>
      <Title order={3}>1. Select bookings</Title>
      <Text>
        Open the project and click “New invoice”. Choose the period (“This month”, “Last month”, “Custom
        range” or “All”) and, if needed, employees and tasks. All matching bookings not yet billed are
        preselected. Click a row to toggle it, hold Shift to toggle a whole range; with the keyboard, Tab to
        the row and press Space. Below the list you see the count, hours and amount of the selection.
      </Text>
      <Text>
        Each row shows the booked time, the billed quantity, the hourly rate and the amount. Point at the rate
        to see where it comes from (task, employee, project). Bookings already billed carry the invoice
        number; clicking it offers “Open in billomat” and “Show in the project file”.
      </Text>
      <HelpScreenshot
        name="export-buchungen"
        alt="Step 1 of the New invoice page: period, state and filters, below them the list of bookings with checkboxes and the totals of the selection."
      />
      <Title order={3}>2. Shape the invoice lines</Title>
      <Text>
        “Group by month”, “Group by task” and “Group by employee” decide which bookings are combined into one
        line; “Line title” and “Line description” are shaped with placeholders such as {'{task}'} or{' '}
        {'{monat}'}. Details and every placeholder:{' '}
        <HelpLink to="rechnungspositionen-gestalten">Shaping invoice lines</HelpLink>.
      </Text>
      <Text>
        Beside them you choose the invoice date, the billing increment (see{' '}
        <HelpLink to="abrechnungstakt-und-rundung">Billing increment and rounding</HelpLink>) and whether the
        invoice is “Create as draft” or “Complete in billomat”. “Mark bookings as billed” is on and should
        stay on: only then can no hour be billed twice. The project remembers your settings for the next
        export.
      </Text>
      <HelpScreenshot
        name="export-positionen"
        alt="Step 2: the three grouping checkboxes, line title and line description with the placeholders, on the right invoice date, billing increment and draft or complete."
      />
      <Title order={3}>3. Check the preview and export</Title>
      <Text>
        The preview shows the invoice exactly as billomat computes it: customer, label, service period, the
        lines with quantity, unit price and total, VAT per rate, net and gross – and a rounding difference if
        there is one. Points marked red prevent the export and say how to fix them. Every change above updates
        the preview at once.
      </Text>
      <HelpScreenshot
        name="export-vorschau"
        alt="The preview: customer, label, service period, lines with quantity and unit price, below them net, VAT, gross and the rounding difference."
      />
      <Text>
        Click “Export to billomat”. You then see the invoice number, status and totals and the button “Open in
        billomat”. From now on the bookings carry the invoice number.
      </Text>
      <HelpScreenshot
        name="export-ergebnis"
        alt="The result: invoice created in billomat, with status, invoice date, totals and the button Open in billomat."
      />
      <Text>
        What happens after the export – “Outcome not clear yet”, “Try again”, “Undo” – is explained in{' '}
        <HelpLink to="nach-dem-export">After the export</HelpLink>. To bill many projects at once, use the{' '}
        <HelpLink to="abrechnungslauf">billing run</HelpLink>.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'stunden-nach-billomat-exportieren',
  title: 'Exporting hours to billomat',
  summary: 'Select bookings, group them into lines, check the preview and send the invoice to billomat.',
  order: 30,
  Body,
};
