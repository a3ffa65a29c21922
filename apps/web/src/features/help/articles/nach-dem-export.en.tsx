import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Title order={3}>Billed exactly once</Title>
      <Text>
        Before PlainStaff sends anything to billomat, it reserves the selected bookings – the booking list
        then shows them “in export” – and gives the invoice a reference of its own, which billomat stores in
        the invoice. Two things follow:
      </Text>
      <List spacing={4}>
        <List.Item>
          A booking cannot be in two exports at the same time. If two people try to bill the same hours, only
          one succeeds; the other sees “Bookings already in another export” and reloads the selection.
        </List.Item>
        <List.Item>
          If billomat&apos;s answer gets lost, PlainStaff finds the invoice again by its reference instead of
          creating a second one.
        </List.Item>
      </List>
      <Title order={3}>The states of an export</Title>
      <Text>
        Every export is listed in the project file&apos;s “Invoices” tab – with invoice number, date, status,
        bookings, net and gross; the arrow shows its lines. The newest 25 come first; “Load older invoices”
        shows the next 25.
      </Text>
      <List spacing={4}>
        <List.Item>
          <b>created:</b> the invoice exists in billomat, the bookings are billed. Beside it you see the
          status in billomat as last fetched: Draft, Open, Paid, Overdue or Cancelled.
        </List.Item>
        <List.Item>
          <b>pending:</b> the outcome is not clear (see below); the bookings stay reserved.
        </List.Item>
        <List.Item>
          <b>failed:</b> billomat refused the invoice and created nothing. The bookings are open again;
          billomat&apos;s message is shown with the export.
        </List.Item>
        <List.Item>
          <b>undone:</b> the invoice was deleted or cancelled in billomat, the bookings are open again.
        </List.Item>
      </List>
      <HelpScreenshot
        name="export-rechnungen"
        alt="The project file's Invoices tab: an export with invoice number, date, the states created and draft, bookings, net, gross and the Undo button."
      />
      <Title order={3}>“Outcome not clear yet”</Title>
      <Text>
        If billomat does not answer in time, reports a server error or the connection drops, nobody knows at
        first whether the invoice was created. The page then says “Outcome not clear yet”, the export stays
        “pending” and its bookings stay reserved – they can be billed neither twice nor not at all.
      </Text>
      <List spacing={4}>
        <List.Item>
          PlainStaff settles this by itself: every minute it looks at exports pending for at least two
          minutes, and when the server starts. It only looks; it never sends again on its own.
        </List.Item>
        <List.Item>
          You can also click “Check again” (on the result) or “Try again” (in the “Invoices” tab). If
          PlainStaff finds the invoice in billomat, the export is created. If it is certain that billomat
          created none, PlainStaff sends it again – under the same reference, so no second invoice arises.
        </List.Item>
      </List>
      <Text>
        A failed export can be sent once more with “Try again” as well, as long as its bookings are open and
        unchanged – first fix what billomat complained about. Otherwise simply start a new export.
      </Text>
      <Title order={3}>Undo</Title>
      <Text>
        In the “Invoices” tab, “Undo” takes back a created export. PlainStaff deletes a draft in billomat
        (“Delete draft”). An invoice already completed is cancelled there after you confirm, not deleted
        (“Cancel invoice”). The bookings are then open again and can be billed anew. Should billomat&apos;s
        answer get lost on the way, click again: PlainStaff looks in billomat first.
      </Text>
      <Text>
        If you cancelled an invoice directly in billomat, PlainStaff notices on the next “Refresh status” in
        the overview; there “Release bookings” opens its bookings again (see{' '}
        <HelpLink to="uebersicht">Reading the overview</HelpLink>).
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'nach-dem-export',
  title: 'After the export: status, unclear outcome, undo',
  summary:
    'Why no hour is billed twice, what “pending” and “Outcome not clear yet” mean, trying again and undoing.',
  order: 36,
  Body,
};
