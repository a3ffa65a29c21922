import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        Connected to billomat, PlainStaff takes over your customers from billomat and turns booked hours into
        outgoing invoices – nothing to retype. Setting it up takes about a minute and is done by an
        administrator.
      </Text>
      <Title order={3}>What you need</Title>
      <List spacing={4}>
        <List.Item>
          <b>Your billomat ID:</b> the first part of the address you open billomat at. For
          mycompany.billomat.net it is “mycompany”. You may paste the whole address – PlainStaff picks out the
          right part.
        </List.Item>
        <List.Item>
          <b>An API key:</b> create it in billomat under Einstellungen › Administration › Nutzer, for the user
          PlainStaff should act as. The key has the same rights as that user.
        </List.Item>
      </List>
      <Title order={3}>How to connect</Title>
      <List type="ordered" spacing={4}>
        <List.Item>Open Administration › Integrations.</List.Item>
        <List.Item>On the “billomat” tile, click “Settings”.</List.Item>
        <List.Item>Enter the billomat ID and the API key.</List.Item>
        <List.Item>
          Check the VAT rate (19 % by default; a decimal comma is fine, e.g. 7 or 19,5). A project may have
          its own rate, which then wins.
        </List.Item>
        <List.Item>
          If you like, tick “Print the project description on the invoice”. The project&apos;s description
          then appears in the invoice&apos;s intro text – the right place for your customer&apos;s order
          number or cost centre.
        </List.Item>
        <List.Item>
          Under “Exported invoices”, choose “Create as draft” (recommended: you check them in billomat once
          more) or “Complete right away”, and optionally an invoice template from billomat.
        </List.Item>
        <List.Item>Click “Test connection”, then “Save”.</List.Item>
      </List>
      <HelpScreenshot
        name="billomat-einstellungen"
        alt="The billomat settings dialog with billomat ID, API key, VAT rate and the buttons to test the connection and save."
      />
      <Text>
        The tile then shows “Connected to” and the name of your billomat account. Next, fetch your customers:{' '}
        <HelpLink to="kunden-importieren">Importing customers from billomat</HelpLink>.
      </Text>
      <Title order={3}>When the test fails</Title>
      <List spacing={4}>
        <List.Item>
          <b>Account not found:</b> the billomat ID is wrong. Compare it with the address in your browser
          while you are signed in to billomat.
        </List.Item>
        <List.Item>
          <b>API key rejected:</b> the key is wrong, belongs to another account or was deleted in billomat.
          Create a new one and enter it.
        </List.Item>
        <List.Item>
          <b>billomat unreachable:</b> billomat or the server&apos;s internet connection has a problem right
          now. Try again in a few minutes.
        </List.Item>
        <List.Item>
          <b>Request limit reached:</b> billomat allows 300 requests per account and quarter hour, shared by
          every connected program. The message tells you the time from which it works again.
        </List.Item>
      </List>
      <Title order={3}>Connecting another billomat account</Title>
      <Text>
        Enter the billomat ID of the other account, enter that account’s API key – the saved key is only ever
        sent to the account it was saved for – and click “Save”. PlainStaff shows what the switch means: how
        many customers are linked to the previous account (exports to them are blocked until you have imported
        the customers of the new account) and how many invoices are there (their status is no longer updated,
        and undo works only with the previous account). Only “Switch account” saves. If an export in the
        previous account is still unresolved, PlainStaff checks it first; if it stays unresolved, the switch
        is refused and the previous account stays connected.
      </Text>
      <Title order={3}>Security</Title>
      <Text>
        PlainStaff stores the API key encrypted on the server. It is never shown again – you only see its last
        four characters, such as ••••1a2b – and it never reaches your browser. Leave the field empty when
        saving to keep the saved key. “Disconnect” deletes it; invoices already exported stay in billomat.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'billomat-verbinden',
  title: 'Connecting billomat',
  summary: 'Enter the billomat ID and API key, test the connection, set the VAT rate and invoice options.',
  order: 10,
  Body,
};
