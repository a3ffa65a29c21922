import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        Die Übersicht zeigt auf einen Blick, was gebucht, abgerechnet und noch offen ist. Administratoren
        sehen alle Projekte, Projektleitungen ihre Projekte, Mitarbeiter nur ihre eigenen Stunden (ohne
        Rechnungen). Beträge verschiedener Währungen werden nie zusammengezählt: Jede Währung hat ihre eigene
        Zeile.
      </Text>
      <HelpScreenshot
        name="uebersicht"
        alt="Die Übersicht: die Kacheln Nicht abgerechnet, Abgerechnet, Offen und Bezahlt, darunter Rechnungen in billomat mit dem Knopf Status aktualisieren."
      />
      <Title order={3}>Die Kacheln</Title>
      <List spacing={4}>
        <List.Item>
          <b>Nicht abgerechnet:</b> der Wert der abrechenbaren, noch nicht abgerechneten Stunden – zu ihren
          Stundensätzen nach der Abrechnungsregel, ohne Abrechnungstakt (siehe{' '}
          <HelpLink to="abrechnungstakt-und-rundung">Abrechnungstakt und Rundung</HelpLink>). Stunden, die
          gerade in einem Export stecken, zählen hier, bis die Rechnung feststeht. Darunter die Stunden.
        </List.Item>
        <List.Item>
          <b>Abgerechnet:</b> das Netto der Rechnungen, die PlainStaff in billomat angelegt hat, so wie
          billomat es zurückgemeldet hat – je Währung. Hat billomat keine Summen genannt, zählt das Netto der
          Vorschau. Stornierte und rückgängig gemachte Rechnungen zählen nicht. Darunter die abgerechneten
          Stunden. Für Mitarbeiter ist es der Wert ihrer eigenen abgerechneten Stunden.
        </List.Item>
        <List.Item>
          <b>Offen</b> und <b>Bezahlt:</b> die Bruttobeträge dieser Rechnungen nach ihrem Status in billomat –
          „davon überfällig“ nennt den überfälligen Teil. Entwürfe zählen hier nicht mit. Maßgeblich ist der
          Stand der letzten Statusabfrage.
        </List.Item>
      </List>
      <Title order={3}>Rechnungsstatus aus billomat holen</Title>
      <Text>
        Ob eine Rechnung offen, bezahlt oder überfällig ist, weiß nur billomat. „Status aktualisieren“ fragt
        den aktuellen Status aller von PlainStaff exportierten Rechnungen ab (eine billomat-Anfrage je 1.000
        Rechnungen) und meldet, wie viele geprüft und geändert wurden. PlainStaff fragt nicht von selbst;
        „Stand:“ nennt die letzte Abfrage.
      </Text>
      <Title order={3}>In billomat stornierte Rechnungen: „Buchungen freigeben“</Title>
      <Text>
        Wurde eine Rechnung direkt in billomat storniert, bleiben ihre Buchungen in PlainStaff zunächst
        abgerechnet. Nach „Status aktualisieren“ steht sie unter „In billomat stornierte Rechnungen“.
        „Buchungen freigeben“ prüft noch einmal bei billomat, ob sie wirklich storniert ist, und macht die
        Buchungen dann wieder offen – der Export gilt als rückgängig gemacht, die Stunden lassen sich neu
        abrechnen.
      </Text>
      <Title order={3}>Verlauf und Alter der offenen Stunden</Title>
      <List spacing={4}>
        <List.Item>
          <b>Abgerechnet und nicht abgerechnet je Monat:</b> die letzten 12 Monate; abgerechnet nach
          Rechnungsdatum, nicht abgerechnet nach Buchungsdatum.
        </List.Item>
        <List.Item>
          <b>Alter der nicht abgerechneten Stunden:</b> je Kunde, wie alt die offenen Stunden sind (0–30,
          31–60, 61–90, über 90 Tage nach Buchungsdatum). Ein Klick auf einen Betrag öffnet „Neue Rechnung“
          mit genau diesem Zeitraum; hat der Kunde dort mehrere Projekte, wählen Sie eines.
        </List.Item>
        <List.Item>
          <b>Projekte und Kunden:</b> gebucht, abgerechnet, nicht abgerechnet, Budget und letzte Rechnung –
          mit „CSV herunterladen“ für die Tabellenkalkulation.
        </List.Item>
      </List>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'uebersicht',
  title: 'Die Übersicht',
  summary:
    'Was „Abgerechnet“ und „Nicht abgerechnet“ bedeuten, Rechnungsstatus aus billomat, Alter der offenen Stunden und „Buchungen freigeben“.',
  order: 50,
  Body,
};
