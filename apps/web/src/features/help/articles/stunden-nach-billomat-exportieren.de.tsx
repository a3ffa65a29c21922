import { List, Stack, Text, Title } from '@mantine/core';
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
        <List.Item>billomat ist unter Administration › Integrationen verbunden.</List.Item>
        <List.Item>
          Der Kunde des Projekts wurde aus billomat importiert (Doppelpfeil „Kunden aus billomat importieren“
          im Projektdialog). Nur solche Kunden können Rechnungen erhalten.
        </List.Item>
      </List>
      <Title order={3}>So exportieren Sie</Title>
      <List type="ordered" spacing={4}>
        <List.Item>Öffnen Sie das Projekt und klicken Sie auf „Neue Rechnung“.</List.Item>
        <List.Item>
          Wählen Sie den Zeitraum („Dieser Monat“, „Letzter Monat“ oder „Zeitraum frei“) und bei Bedarf
          Mitarbeiter und Tasks. Alle passenden, noch nicht abgerechneten Buchungen sind vorausgewählt. Mit
          einem Klick auf eine Zeile wählen Sie sie ab oder an; mit gedrückter Umschalttaste einen ganzen
          Bereich. Unter der Liste sehen Sie Stunden und Betrag der Auswahl.
        </List.Item>
        <List.Item>
          Legen Sie fest, wie Positionen entstehen: „Nach Monat gruppieren“, „Nach Task gruppieren“, „Nach
          Mitarbeiter gruppieren“ – beliebig kombiniert. Ohne Häkchen wird jede Buchung eine eigene Position.
          Buchungen mit unterschiedlichen Stundensätzen landen nie in derselben Position.
        </List.Item>
        <List.Item>
          Gestalten Sie „Positionstitel“ und „Positionsbeschreibung“ mit Platzhaltern wie {'{projekt}'},{' '}
          {'{projektnummer}'}, {'{task}'}, {'{mitarbeiter}'}, {'{monat}'}, {'{datum}'}, {'{kommentare}'} und{' '}
          {'{stunden}'}. Ein Klick auf einen Platzhalter fügt ihn ein. Ihre Einstellungen werden für das
          Projekt gemerkt.
        </List.Item>
        <List.Item>
          Prüfen Sie Rechnungsdatum, Abrechnungstakt (Rundung je Buchung auf 6, 15 oder 30 Minuten – die
          gebuchte Zeit selbst ändert sich nie) und ob die Rechnung als Entwurf angelegt oder in billomat
          gleich abgeschlossen wird.
        </List.Item>
        <List.Item>
          Die Vorschau zeigt die Rechnung genau so, wie billomat sie berechnet: Positionen mit Menge,
          Einzelpreis und Gesamt, die Mehrwertsteuer je Satz, Netto und Brutto, den Leistungszeitraum und bei
          jeder Position, woher ihr Stundensatz stammt. Rot markierte Punkte verhindern den Export und nennen
          die Abhilfe.
        </List.Item>
        <List.Item>Klicken Sie auf „Nach billomat exportieren“.</List.Item>
      </List>
      <Text>
        Danach sehen Sie Rechnungsnummer, Status und Summen sowie den Link „In billomat öffnen“. Ist
        „Buchungen als abgerechnet markieren“ gesetzt (empfohlen), tragen die Buchungen ab jetzt die
        Rechnungsnummer.
      </Text>
      <Title order={3}>Wenn etwas dazwischenkommt</Title>
      <List spacing={4}>
        <List.Item>
          <b>Vorschau veraltet:</b> Hat jemand eine ausgewählte Buchung geändert, nachdem die Vorschau
          berechnet wurde, wird nichts exportiert. Die Vorschau aktualisiert sich; prüfen Sie sie und
          exportieren Sie erneut.
        </List.Item>
        <List.Item>
          <b>Ergebnis unklar:</b> Antwortet billomat nicht eindeutig, bleiben die Buchungen reserviert. Mit
          „Erneut prüfen“ sieht PlainStaff in billomat nach, ob die Rechnung angelegt wurde – es entsteht nie
          eine zweite Rechnung.
        </List.Item>
        <List.Item>
          <b>Buchungen bereits in einem anderen Export:</b> Zwei Personen wollten dieselben Stunden abrechnen.
          Nur ein Export gewinnt; laden Sie die Auswahl neu.
        </List.Item>
      </List>
      <Title order={3}>Rechnungen ansehen und rückgängig machen</Title>
      <Text>
        Im Reiter „Rechnungen“ der Projektakte steht jeder Export mit Status, Rechnungsnummer, Datum, Summen
        und seinen Positionen. „Rückgängig machen“ löscht einen Entwurf in billomat; eine bereits
        abgeschlossene Rechnung wird dort nach einer Rückfrage storniert. Danach sind die Buchungen wieder
        offen und können neu abgerechnet werden.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'stunden-nach-billomat-exportieren',
  title: 'Stunden nach billomat exportieren',
  summary:
    'Buchungen auswählen, zu Positionen gruppieren, Vorschau prüfen und als Rechnung an billomat senden – auch rückgängig machen.',
  order: 30,
  Body,
};
