import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        Aus gebuchten Projektstunden wird mit wenigen Klicks eine Ausgangsrechnung in billomat. PlainStaff
        merkt sich, welche Stunden abgerechnet sind – keine Stunde wird doppelt berechnet, keine vergessen.
      </Text>
      <Title order={3}>Voraussetzungen</Title>
      <List spacing={4}>
        <List.Item>
          billomat ist unter Administration › Integrationen verbunden (
          <HelpLink to="billomat-verbinden">billomat verbinden</HelpLink>).
        </List.Item>
        <List.Item>
          Der Kunde des Projekts wurde aus billomat importiert (
          <HelpLink to="kunden-importieren">Kunden aus billomat importieren</HelpLink>). Nur solche Kunden
          können Rechnungen erhalten.
        </List.Item>
      </List>
      <Title order={3}>1. Buchungen auswählen</Title>
      <Text>
        Öffnen Sie das Projekt und klicken Sie auf „Neue Rechnung“. Wählen Sie den Zeitraum („Dieser Monat“,
        „Letzter Monat“, „Zeitraum frei“ oder „Gesamt“) und bei Bedarf Mitarbeiter und Tasks. Alle passenden,
        noch nicht abgerechneten Buchungen sind vorausgewählt. Ein Klick auf eine Zeile wählt sie ab oder an,
        mit gedrückter Umschalttaste einen ganzen Bereich; mit der Tastatur gehen Sie mit Tab zur Zeile und
        schalten sie mit der Leertaste um. Unter der Liste stehen Anzahl, Stunden und Betrag der Auswahl.
      </Text>
      <Text>
        Jede Zeile zeigt die gebuchte Zeit, die abgerechnete Menge, den Stundensatz und den Betrag. Wer mit
        der Maus auf den Satz zeigt, sieht, woher er stammt (Task, Mitarbeiter, Projekt). Bereits abgerechnete
        Buchungen tragen die Rechnungsnummer; ein Klick darauf bietet „In billomat öffnen“ und „In der
        Projektakte anzeigen“ an.
      </Text>
      <HelpScreenshot
        name="export-buchungen"
        alt="Schritt 1 der Seite Neue Rechnung: Zeitraum, Status und Filter, darunter die Liste der Buchungen mit Häkchen und die Summe der Auswahl."
      />
      <Title order={3}>2. Rechnungspositionen gestalten</Title>
      <Text>
        Legen Sie mit „Nach Monat gruppieren“, „Nach Task gruppieren“ und „Nach Mitarbeiter gruppieren“ fest,
        welche Buchungen zu einer Position zusammengefasst werden, und gestalten Sie „Positionstitel“ und
        „Positionsbeschreibung“ mit Platzhaltern wie {'{task}'} oder {'{monat}'}. Einzelheiten und alle
        Platzhalter: <HelpLink to="rechnungspositionen-gestalten">Rechnungspositionen gestalten</HelpLink>.
      </Text>
      <Text>
        Daneben wählen Sie Rechnungsdatum, Abrechnungstakt (siehe{' '}
        <HelpLink to="abrechnungstakt-und-rundung">Abrechnungstakt und Rundung</HelpLink>) und ob die Rechnung
        in billomat „Als Entwurf anlegen“ oder gleich „In billomat abschließen“ gilt. „Buchungen als
        abgerechnet markieren“ ist vorgewählt und sollte es bleiben: Nur so kann keine Stunde doppelt
        abgerechnet werden. Ihre Einstellungen merkt sich das Projekt für den nächsten Export.
      </Text>
      <HelpScreenshot
        name="export-positionen"
        alt="Schritt 2: die drei Gruppierungs-Häkchen, Positionstitel und Positionsbeschreibung mit den Platzhaltern, rechts Rechnungsdatum, Abrechnungstakt und Entwurf oder Abschließen."
      />
      <Title order={3}>3. Vorschau prüfen und exportieren</Title>
      <Text>
        Die Vorschau zeigt die Rechnung genau so, wie billomat sie berechnet: Kunde, Bezeichnung,
        Leistungszeitraum, die Positionen mit Menge, Einzelpreis und Gesamt, die Mehrwertsteuer je Satz, Netto
        und Brutto – und eine Rundungsdifferenz, falls es eine gibt. Rot markierte Punkte verhindern den
        Export und nennen die Abhilfe. Jede Änderung oben aktualisiert die Vorschau sofort.
      </Text>
      <HelpScreenshot
        name="export-vorschau"
        alt="Die Vorschau: Kunde, Bezeichnung, Leistungszeitraum, Positionen mit Menge und Einzelpreis, darunter Netto, Mehrwertsteuer, Brutto und die Rundungsdifferenz."
      />
      <Text>
        Klicken Sie auf „Nach billomat exportieren“. Danach sehen Sie Rechnungsnummer, Status und Summen sowie
        den Knopf „In billomat öffnen“. Die Buchungen tragen ab jetzt die Rechnungsnummer.
      </Text>
      <HelpScreenshot
        name="export-ergebnis"
        alt="Das Ergebnis: Rechnung in billomat angelegt, mit Status, Rechnungsdatum, Summen und dem Knopf In billomat öffnen."
      />
      <Text>
        Was nach dem Export geschieht – „Ergebnis unklar“, „Erneut versuchen“, „Rückgängig machen“ – erklärt{' '}
        <HelpLink to="nach-dem-export">Nach dem Export</HelpLink>. Viele Projekte auf einmal rechnet der{' '}
        <HelpLink to="abrechnungslauf">Abrechnungslauf</HelpLink> ab.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'stunden-nach-billomat-exportieren',
  title: 'Stunden nach billomat exportieren',
  summary:
    'Buchungen auswählen, zu Positionen gruppieren, Vorschau prüfen und als Rechnung an billomat senden.',
  order: 30,
  Body,
};
