import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        A billing run bills many projects at once: one invoice per project for all open, billable hours up to
        a cut-off date. Each invoice is made exactly as with “New invoice” – with the settings the project
        remembered from its last export (the project file&apos;s “Export profile” tab, see{' '}
        <HelpLink to="rechnungspositionen-gestalten">Shaping invoice lines</HelpLink>). Administrators start
        runs under Administration › Billing run.
      </Text>
      <Title order={3}>Starting a run</Title>
      <List type="ordered" spacing={4}>
        <List.Item>
          Choose the cut-off date (default: end of last month; bookings up to and including that day) and the
          invoice date (default: today).
        </List.Item>
        <List.Item>
          With “Create drafts only” every invoice arrives in billomat as a draft; otherwise each
          project&apos;s export profile decides whether it is completed right away.
        </List.Item>
        <List.Item>
          The preview lists customer, hours, lines, net and gross per project. Projects that cannot be billed
          this way – because the customer is not linked to billomat or hourly rates are missing, say – are
          marked with the reason and skipped. Use the checkboxes to leave projects out or take them back in.
        </List.Item>
        <List.Item>
          Below the preview you see how many billomat requests the run needs and whether they fit into one
          15-minute window. Click “Start billing run”.
        </List.Item>
      </List>
      <HelpScreenshot
        name="abrechnungslauf"
        alt="The billing run page: cut-off date, invoice date, Create drafts only, the preview per project with hours, net and gross, the estimate of billomat requests and the Start billing run button."
      />
      <Title order={3}>During the run: pausing for billomat&apos;s quota</Title>
      <Text>
        The run works on the server, project by project; you may leave the page. “Billing run in progress”
        shows how many projects are done and which one is being billed.
      </Text>
      <Text>
        billomat allows 300 requests per account in 15 minutes, shared by every connected program. An invoice
        takes at most two requests, three when it is completed. When the next invoice no longer fits into the
        current window, the run pauses and shows “waiting until 10:15” – afterwards it continues by itself.
        Even after a server restart it goes on where it stood. “Cancel” ends it after the invoice being
        created.
      </Text>
      <Text>
        Only one billing run runs at a time. Every invoice is an ordinary export: no hour is billed twice here
        either, and PlainStaff settles unclear outcomes as for a single export (see{' '}
        <HelpLink to="nach-dem-export">After the export</HelpLink>).
      </Text>
      <Title order={3}>The report</Title>
      <Text>
        Every run appears under “Reports”: when and by whom it was started (manual or automatic), cut-off,
        status and how many invoices were created, skipped or failed. “Open report” lists every project with
        its state (created, skipped, failed), the invoice number – for drafts the draft in billomat – and the
        reason when something did not work.
      </Text>
      <Title order={3}>Automatically every month</Title>
      <Text>
        Under “Automatic billing run”, switch on “Start automatically” and choose the day of the month (1 to
        28) and the time (German time). The run then starts monthly by itself, bills up to the end of the
        previous month and creates drafts only – you check them in billomat before sending them. If the server
        was down at that time, it catches up within the same month. The result appears as a report on this
        page.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'abrechnungslauf',
  title: 'Billing run',
  summary:
    'Bill every project up to a cut-off date at once: preview, start, pause for billomat’s quota, report and monthly schedule.',
  order: 40,
  Body,
};
