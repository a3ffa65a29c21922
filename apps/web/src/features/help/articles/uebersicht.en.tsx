import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        The overview shows at a glance what is booked, billed and still open. Administrators see every
        project, project managers their projects, employees only their own hours (without invoices). Amounts
        in different currencies are never added up: each currency has its own line.
      </Text>
      <HelpScreenshot
        name="uebersicht"
        alt="The overview: the tiles Unbilled, Billed, Open and Paid, below them Invoices in billomat with the Refresh status button."
      />
      <Title order={3}>The tiles</Title>
      <List spacing={4}>
        <List.Item>
          <b>Unbilled:</b> the value of billable hours not billed yet – at their hourly rates by the billing
          rule, without a billing increment (see{' '}
          <HelpLink to="abrechnungstakt-und-rundung">Billing increment and rounding</HelpLink>). Hours that
          are in an export right now count here until the invoice is certain. Below: the hours.
        </List.Item>
        <List.Item>
          <b>Billed:</b> the net of the invoices PlainStaff created in billomat, as billomat reported it back
          – per currency. Where billomat named no totals, the preview&apos;s net counts. Cancelled and undone
          invoices do not count. Below: the billed hours. For employees it is the value of their own billed
          hours.
        </List.Item>
        <List.Item>
          <b>Open</b> and <b>Paid:</b> the gross amounts of these invoices by their status in billomat – “of
          which overdue” names the overdue part. Drafts do not count here. What counts is the state of the
          last status refresh.
        </List.Item>
      </List>
      <Title order={3}>Fetching invoice status from billomat</Title>
      <Text>
        Only billomat knows whether an invoice is open, paid or overdue. “Refresh status” fetches the current
        status of every invoice PlainStaff exported (one billomat request per 1,000 invoices) and reports how
        many were checked and changed. PlainStaff does not ask by itself; “As of” names the last refresh.
      </Text>
      <Title order={3}>Invoices cancelled in billomat: “Release bookings”</Title>
      <Text>
        When an invoice is cancelled directly in billomat, its bookings at first stay billed in PlainStaff.
        After “Refresh status” it is listed under “Invoices cancelled in billomat”. “Release bookings” asks
        billomat once more whether it really is cancelled and then opens the bookings again – the export
        counts as undone, and the hours can be billed anew.
      </Text>
      <Title order={3}>History and age of open hours</Title>
      <List spacing={4}>
        <List.Item>
          <b>Billed and unbilled per month:</b> the last 12 months; billed by invoice date, unbilled by
          booking date.
        </List.Item>
        <List.Item>
          <b>Age of unbilled hours:</b> per customer, how old the open hours are (0–30, 31–60, 61–90, over 90
          days by booking date). Clicking an amount opens “New invoice” with exactly that period; if the
          customer has several projects there, you choose one.
        </List.Item>
        <List.Item>
          <b>Projects and customers:</b> booked, billed, unbilled, budget and last invoice – with “Download
          CSV” for your spreadsheet.
        </List.Item>
      </List>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'uebersicht',
  title: 'Reading the overview',
  summary:
    'What “Billed” and “Unbilled” mean, invoice status from billomat, the age of open hours and “Release bookings”.',
  order: 50,
  Body,
};
