import { Code, List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpTable } from '../components/help-table';
import type { HelpArticle } from './types';

const PLACEHOLDERS = [
  ['{projekt}', "the project's name"],
  ['{projektnummer}', 'the project number'],
  ['{task}', "the line's tasks, alphabetically, separated by commas"],
  ['{mitarbeiter}', "the line's employees, alphabetically, separated by commas"],
  ['{monat}', 'the month, such as “Juni 2026”, or the span “Mai – Juni 2026” (in German)'],
  ['{datum}', 'the day or period of the bookings, such as “01.06.2026 – 30.06.2026”'],
  [
    '{kommentare}',
    "the bookings' comments in the order the work was done, each once, separated by semicolons",
  ],
  ['{stunden}', "the line's billed quantity, such as “2,50”"],
];

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        On the “New invoice” page, the step “Shape the invoice lines” decides how the selected bookings become
        the invoice&apos;s lines and what they say. The preview below shows every change at once.
      </Text>
      <Title order={3}>Grouping: which bookings form a line</Title>
      <List spacing={4}>
        <List.Item>
          <b>Group by month:</b> one line per calendar month.
        </List.Item>
        <List.Item>
          <b>Group by task:</b> one line per task (bookings without a task form their own).
        </List.Item>
        <List.Item>
          <b>Group by employee:</b> one line per employee.
        </List.Item>
      </List>
      <Text>
        The checkboxes combine freely: month and task turn bookings from June and July on the tasks Concept
        and Build into up to four lines. Without any checkbox every booking becomes its own line. Bookings
        with different hourly rates never share a line – the unit price would be wrong; such a group splits
        into several lines.
      </Text>
      <Title order={3}>Line title and line description</Title>
      <Text>
        Both fields are templates: placeholders in curly braces are filled in per line. Clicking a placeholder
        below the fields inserts it at the cursor of the field edited last. Left empty, the default applies:
        title <Code>{'{projekt} – {task}'}</Code>, description <Code>{'{datum}: {kommentare}'}</Code>. The
        placeholders keep their German names.
      </Text>
      <HelpTable label="Placeholders">{[['Placeholder', 'becomes'], ...PLACEHOLDERS]}</HelpTable>
      <List spacing={4}>
        <List.Item>
          When a placeholder stays empty – {'{task}'} for bookings without a task, say – the separator before
          it goes too: “Relaunch – ” becomes “Relaunch”.
        </List.Item>
        <List.Item>
          A mistyped placeholder such as {'{Monat}'} stays as it is – the preview shows it at once.
        </List.Item>
        <List.Item>
          A title may be up to 255 characters long, a description 2,000; longer texts are cut and end in “…”.
          A title is never empty: if need be it shows the project&apos;s name.
        </List.Item>
      </List>
      <Title order={3}>Remembered for the project</Title>
      <Text>
        The project remembers grouping, templates, billing increment and “Complete in billomat” when you
        export. Administrators and project managers see and change them in the project file&apos;s “Export
        profile” tab; the <HelpLink to="abrechnungslauf">billing run</HelpLink> bills with exactly these
        settings.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'rechnungspositionen-gestalten',
  title: 'Shaping invoice lines',
  summary:
    'Group by month, task or employee; line title and description with placeholders such as {monat} or {kommentare}.',
  order: 32,
  Body,
};
