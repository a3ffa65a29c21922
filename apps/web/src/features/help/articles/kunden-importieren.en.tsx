import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        Invoices go to customers that billomat knows. So instead of typing your customers in, you fetch them
        from billomat with one click. Only imported customers (source billomat) can be invoiced.
        Administrators and project managers may import.
      </Text>
      <Title order={3}>How to import</Title>
      <List type="ordered" spacing={4}>
        <List.Item>Open a project for editing (or create a new one) – or the Customers page.</List.Item>
        <List.Item>
          Click the double-arrow button next to the Customer field: “Import customers from billomat”.
        </List.Item>
        <List.Item>
          A progress bar shows how many pages have been fetched (billomat delivers 1,000 customers per page).
          At the end a summary says, for example, “12 new, 3 updated, 140 unchanged”. You can go on working
          meanwhile.
        </List.Item>
        <List.Item>
          The Customer field lists the imported customers at once; a customer already chosen stays chosen.
        </List.Item>
      </List>
      <HelpScreenshot
        name="kunden-importieren"
        alt="The project dialog: beside the Customer field the double-arrow button to import customers from billomat; top right the message that the customer import finished, with its summary."
      />
      <Text>
        If billomat is not connected yet, the button says so and leads you to Administration › Integrations
        (see <HelpLink to="billomat-verbinden">Connecting billomat</HelpLink>). Then everything is ready for
        the first invoice:{' '}
        <HelpLink to="stunden-nach-billomat-exportieren">Exporting hours to billomat</HelpLink>.
      </Text>
      <Title order={3}>What the import does</Title>
      <List spacing={4}>
        <List.Item>
          <b>New customers</b> are added, <b>known ones</b> updated: name (company, or first and last name for
          private persons), customer number, address, e-mail, VAT ID, tax rule and currency. Nothing is
          duplicated – you can repeat the import at any time.
        </List.Item>
        <List.Item>
          <b>Unchanged customers</b> are not touched.
        </List.Item>
        <List.Item>
          <b>Customers archived in billomat</b> are kept and flagged. The Customer field shows them only when
          you search for them – flagged, after the active ones. An invoice to an archived customer is refused
          until you restore it in billomat and import again. On the Customers page, “Show archived” lists
          them.
        </List.Item>
        <List.Item>
          <b>Customers deleted in billomat</b> are never deleted, because projects refer to them. They are
          flagged “Deleted in billomat” – after a complete import, or when billomat refuses an invoice because
          the customer no longer exists. Then the bookings stay open and the preview says what to do.
        </List.Item>
        <List.Item>
          Imported customers are read-only in PlainStaff: change them in billomat and import again.
        </List.Item>
      </List>
      <Title order={3}>Customers you created by hand</Title>
      <Text>
        A customer you created by hand before is linked to the billomat customer instead of being duplicated –
        when the name is the same. Case, spaces and punctuation do not count (“Müller &amp; Söhne GmbH”
        matches “MÜLLER &amp; SÖHNE GMBH”). If several manual customers have that name, the customer number
        decides; if it matches none or several, nothing is linked and a new customer is added. The same
        customer number alone never links. The linked customer keeps its projects and bookings and takes over
        the data from billomat; the summary counts it as “linked”.
      </Text>
      <Title order={3}>Customers belong to a billomat account</Title>
      <Text>
        Every imported customer remembers the billomat account it came from. If you connect another account
        later (see <HelpLink to="billomat-verbinden">Connect billomat</HelpLink>), the previous customers are
        flagged “Other billomat account”, and an export to them is refused before billomat is asked – their
        customer number means nothing in the new account, or another company. Import the customers of the new
        account and assign the imported customer to the projects.
      </Text>
      <Text>
        If a customer of the new account has the same customer number as a previous customer, the import
        neither adds it twice nor links anything by itself: the summary names these customers, and only when
        you click “Link customers” does the previous customer – with its projects and bookings – take over the
        link to the new account.
      </Text>
      <Title order={3}>If something goes wrong</Title>
      <List spacing={4}>
        <List.Item>
          The message says what to do – for example when billomat rejects the API key or is not reachable.
          Pages already fetched stay saved; just start the import again and it fills in what is missing.
        </List.Item>
        <List.Item>
          Only one import runs at a time. If a colleague clicks at the same moment, she sees the same
          progress.
        </List.Item>
      </List>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'kunden-importieren',
  title: 'Importing customers from billomat',
  summary:
    'Fetch all customers from billomat with one click: add new ones, update known ones, no duplicates.',
  order: 20,
  Body,
};
