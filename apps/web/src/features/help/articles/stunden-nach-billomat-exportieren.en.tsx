import { List, Stack, Text, Title } from '@mantine/core';
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
        <List.Item>billomat is connected under Administration › Integrations.</List.Item>
        <List.Item>
          The project&apos;s customer was imported from billomat (double-arrow button “Import customers from
          billomat” in the project dialog). Only such customers can be invoiced.
        </List.Item>
      </List>
      <Title order={3}>How to export</Title>
      <List type="ordered" spacing={4}>
        <List.Item>Open the project and click “New invoice”.</List.Item>
        <List.Item>
          Choose the period (“This month”, “Last month” or a custom range) and, if needed, employees and
          tasks. All matching bookings not yet billed are preselected. Click a row to toggle it; hold Shift to
          toggle a whole range. Below the list you see the hours and amount of the selection.
        </List.Item>
        <List.Item>
          Decide how lines are formed: group by month, by task and/or by employee, in any combination. Without
          grouping every booking becomes its own line. Bookings with different hourly rates never share a
          line.
        </List.Item>
        <List.Item>
          Shape the line title and description with placeholders such as {'{projekt}'}, {'{projektnummer}'},{' '}
          {'{task}'}, {'{mitarbeiter}'}, {'{monat}'}, {'{datum}'}, {'{kommentare}'} and {'{stunden}'}.
          Clicking a placeholder inserts it. Your settings are remembered for the project.
        </List.Item>
        <List.Item>
          Check the invoice date, the billing increment (rounding per booking up to 6, 15 or 30 minutes – the
          booked time itself never changes) and whether the invoice is created as a draft or completed in
          billomat right away.
        </List.Item>
        <List.Item>
          The preview shows the invoice exactly as billomat computes it: lines with quantity, unit price and
          total, VAT per rate, net and gross, the service period and, for each line, where its rate comes
          from. Points marked red prevent the export and say how to fix them.
        </List.Item>
        <List.Item>Click “Export to billomat”.</List.Item>
      </List>
      <Text>
        You then see the invoice number, status and totals and the link “Open in billomat”. With “Mark
        bookings as billed” on (recommended), the bookings carry the invoice number from now on.
      </Text>
      <Title order={3}>When something gets in the way</Title>
      <List spacing={4}>
        <List.Item>
          <b>Preview outdated:</b> if someone changed a selected booking after the preview was computed,
          nothing is exported. The preview refreshes; check it and export again.
        </List.Item>
        <List.Item>
          <b>Outcome unclear:</b> if billomat does not answer clearly, the bookings stay reserved. “Check
          again” looks the invoice up in billomat – a second invoice is never created.
        </List.Item>
        <List.Item>
          <b>Bookings already in another export:</b> two people tried to bill the same hours. Only one export
          wins; reload the selection.
        </List.Item>
      </List>
      <Title order={3}>Viewing and undoing invoices</Title>
      <Text>
        The “Invoices” tab of the project file lists every export with its status, invoice number, date,
        totals and lines. “Undo” deletes a draft in billomat; a completed invoice is cancelled there after you
        confirm. The bookings are then open again and can be billed anew.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'stunden-nach-billomat-exportieren',
  title: 'Exporting hours to billomat',
  summary:
    'Select bookings, group them into lines, check the preview and send the invoice to billomat – and undo.',
  order: 30,
  Body,
};
