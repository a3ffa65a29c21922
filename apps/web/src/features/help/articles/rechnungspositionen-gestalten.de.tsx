import { Code, List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpTable } from '../components/help-table';
import type { HelpArticle } from './types';

const PLACEHOLDERS = [
  ['{projekt}', 'dem Namen des Projekts'],
  ['{projektnummer}', 'der Projektnummer'],
  ['{task}', 'den Tasks der Position, alphabetisch, durch Komma getrennt'],
  ['{mitarbeiter}', 'den Mitarbeitern der Position, alphabetisch, durch Komma getrennt'],
  ['{monat}', 'dem Monat, etwa „Juni 2026“, oder der Monatsspanne „Mai – Juni 2026“'],
  ['{datum}', 'dem Tag oder Zeitraum der Buchungen, etwa „01.06.2026 – 30.06.2026“'],
  [
    '{kommentare}',
    'den Kommentaren der Buchungen in der Reihenfolge der Arbeit, jeder nur einmal, durch Semikolon getrennt',
  ],
  ['{stunden}', 'der abgerechneten Menge der Position, etwa „2,50“'],
];

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        Auf der Seite „Neue Rechnung“ legen Sie im Schritt „Rechnungspositionen gestalten“ fest, wie aus den
        ausgewählten Buchungen die Positionen der Rechnung werden und was darin steht. Die Vorschau darunter
        zeigt jede Änderung sofort.
      </Text>
      <Title order={3}>Gruppierung: welche Buchungen eine Position bilden</Title>
      <List spacing={4}>
        <List.Item>
          <b>Nach Monat gruppieren:</b> eine Position je Kalendermonat.
        </List.Item>
        <List.Item>
          <b>Nach Task gruppieren:</b> eine Position je Task (Buchungen ohne Task bilden eine eigene).
        </List.Item>
        <List.Item>
          <b>Nach Mitarbeiter gruppieren:</b> eine Position je Mitarbeiter.
        </List.Item>
      </List>
      <Text>
        Die Häkchen lassen sich beliebig kombinieren: Monat und Task ergeben für Buchungen aus Juni und Juli
        auf den Tasks Konzeption und Umsetzung bis zu vier Positionen. Ohne Häkchen wird jede Buchung eine
        eigene Position. Buchungen mit unterschiedlichen Stundensätzen landen nie in derselben Position –
        sonst stimmte der Einzelpreis nicht; eine Gruppe teilt sich dann in mehrere Positionen.
      </Text>
      <Title order={3}>Positionstitel und Positionsbeschreibung</Title>
      <Text>
        Beide Felder sind Vorlagen: Platzhalter in geschweiften Klammern werden je Position ersetzt. Ein Klick
        auf einen Platzhalter unter den Feldern fügt ihn an der Schreibmarke des zuletzt bearbeiteten Feldes
        ein. Leer gelassen gilt die Vorgabe: Titel <Code>{'{projekt} – {task}'}</Code>, Beschreibung{' '}
        <Code>{'{datum}: {kommentare}'}</Code>.
      </Text>
      <HelpTable label="Platzhalter">{[['Platzhalter', 'wird zu'], ...PLACEHOLDERS]}</HelpTable>
      <List spacing={4}>
        <List.Item>
          Bleibt ein Platzhalter leer – etwa {'{task}'} bei Buchungen ohne Task –, verschwindet auch das
          Trennzeichen davor: aus „Relaunch – “ wird „Relaunch“.
        </List.Item>
        <List.Item>
          Ein vertippter Platzhalter wie {'{Monat}'} bleibt stehen, wie er ist – in der Vorschau fällt er
          sofort auf.
        </List.Item>
        <List.Item>
          Der Titel darf höchstens 255 Zeichen lang werden, die Beschreibung 2.000; längere Texte werden mit
          „…“ gekürzt. Ein Titel ist nie leer: notfalls steht dort der Projektname.
        </List.Item>
      </List>
      <Title order={3}>Gemerkt für das Projekt</Title>
      <Text>
        Gruppierung, Vorlagen, Abrechnungstakt und „In billomat abschließen“ merkt sich das Projekt beim
        Export. Administratoren und Projektleitungen sehen und ändern sie in der Projektakte im Reiter
        „Exportprofil“; der <HelpLink to="abrechnungslauf">Abrechnungslauf</HelpLink> rechnet mit genau diesen
        Einstellungen ab.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'rechnungspositionen-gestalten',
  title: 'Rechnungspositionen gestalten',
  summary:
    'Nach Monat, Task oder Mitarbeiter gruppieren, Positionstitel und -beschreibung mit Platzhaltern wie {monat} oder {kommentare}.',
  order: 32,
  Body,
};
