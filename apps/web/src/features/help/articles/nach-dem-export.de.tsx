import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Title order={3}>Genau einmal abgerechnet</Title>
      <Text>
        Bevor PlainStaff etwas an billomat sendet, reserviert es die ausgewählten Buchungen – in der
        Buchungsliste stehen sie dann „im Export“ – und gibt der Rechnung eine eigene Referenz mit, die
        billomat in der Rechnung speichert. Daraus folgt zweierlei:
      </Text>
      <List spacing={4}>
        <List.Item>
          Eine Buchung kann nicht gleichzeitig in zwei Exporten stecken. Wollen zwei Personen dieselben
          Stunden abrechnen, gelingt es nur einer; die andere sieht „Buchungen bereits in einem anderen
          Export“ und lädt die Auswahl neu.
        </List.Item>
        <List.Item>
          Geht die Antwort von billomat verloren, findet PlainStaff die Rechnung über die Referenz wieder,
          statt eine zweite anzulegen.
        </List.Item>
      </List>
      <Title order={3}>Die Status eines Exports</Title>
      <Text>
        Jeder Export steht in der Projektakte im Reiter „Rechnungen“ – mit Rechnungsnummer, Datum, Status,
        Buchungen, Netto und Brutto; ein Klick auf den Pfeil zeigt seine Positionen. Die neuesten 25 stehen
        oben; „Ältere Rechnungen laden“ zeigt die nächsten 25.
      </Text>
      <List spacing={4}>
        <List.Item>
          <b>erstellt:</b> Die Rechnung ist in billomat angelegt, die Buchungen sind abgerechnet. Daneben
          steht der Status in billomat, wie er zuletzt abgefragt wurde: Entwurf, Offen, Bezahlt, Überfällig
          oder Storniert.
        </List.Item>
        <List.Item>
          <b>ausstehend:</b> Das Ergebnis ist unklar (siehe unten); die Buchungen bleiben reserviert.
        </List.Item>
        <List.Item>
          <b>fehlgeschlagen:</b> billomat hat die Rechnung abgelehnt und nichts angelegt. Die Buchungen sind
          wieder offen; die Meldung von billomat steht beim Export.
        </List.Item>
        <List.Item>
          <b>rückgängig gemacht:</b> Die Rechnung wurde in billomat gelöscht oder storniert, die Buchungen
          sind wieder offen.
        </List.Item>
      </List>
      <HelpScreenshot
        name="export-rechnungen"
        alt="Der Reiter Rechnungen der Projektakte: ein Export mit Rechnungsnummer, Datum, den Status erstellt und Entwurf, Buchungen, Netto, Brutto und dem Knopf Rückgängig machen."
      />
      <Title order={3}>„Ergebnis unklar“</Title>
      <Text>
        Antwortet billomat nicht rechtzeitig, meldet einen Serverfehler oder bricht die Verbindung ab, weiß
        zunächst niemand, ob die Rechnung angelegt wurde. Dann zeigt die Seite „Ergebnis noch unklar“, der
        Export bleibt „ausstehend“ und seine Buchungen bleiben reserviert – sie können weder doppelt noch gar
        nicht abgerechnet werden.
      </Text>
      <List spacing={4}>
        <List.Item>
          PlainStaff klärt das von selbst: Es sieht jede Minute bei Exporten nach, die seit mindestens zwei
          Minuten ausstehen, und beim Start des Servers. Dabei wird nur nachgesehen, nie erneut gesendet.
        </List.Item>
        <List.Item>
          Sie können auch selbst „Erneut prüfen“ (beim Ergebnis) oder „Erneut versuchen“ (im Reiter
          „Rechnungen“) klicken. Findet PlainStaff die Rechnung in billomat, ist der Export erstellt. Steht
          fest, dass billomat keine angelegt hat, sendet PlainStaff sie erneut – mit derselben Referenz, es
          entsteht keine zweite Rechnung.
        </List.Item>
      </List>
      <Text>
        Ein fehlgeschlagener Export lässt sich ebenso mit „Erneut versuchen“ noch einmal senden, solange seine
        Buchungen unverändert offen sind – beheben Sie vorher, was billomat bemängelt hat. Sonst starten Sie
        einfach einen neuen Export.
      </Text>
      <Title order={3}>Rückgängig machen</Title>
      <Text>
        Im Reiter „Rechnungen“ macht „Rückgängig machen“ einen erstellten Export rückgängig. Einen Entwurf
        löscht PlainStaff in billomat („Entwurf löschen“). Eine bereits abgeschlossene Rechnung wird dort nach
        einer Rückfrage storniert, nicht gelöscht („Rechnung stornieren“). Danach sind die Buchungen wieder
        offen und können neu abgerechnet werden. Geht dabei die Antwort von billomat verloren, klicken Sie
        noch einmal: PlainStaff sieht zuerst in billomat nach.
      </Text>
      <Text>
        Haben Sie eine Rechnung direkt in billomat storniert, bemerkt PlainStaff das beim nächsten „Status
        aktualisieren“ in der Übersicht; dort geben Sie die Buchungen mit „Buchungen freigeben“ wieder frei
        (siehe <HelpLink to="uebersicht">Die Übersicht</HelpLink>).
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'nach-dem-export',
  title: 'Nach dem Export: Status, Ergebnis unklar, Rückgängig machen',
  summary:
    'Warum keine Stunde doppelt abgerechnet wird, was „ausstehend“ und „Ergebnis unklar“ bedeuten, erneut versuchen und rückgängig machen.',
  order: 36,
  Body,
};
