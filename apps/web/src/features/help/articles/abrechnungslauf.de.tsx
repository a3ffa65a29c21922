import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        Der Abrechnungslauf rechnet viele Projekte auf einmal ab: je Projekt eine Rechnung über alle offenen,
        abrechenbaren Stunden bis zu einem Stichtag. Jede Rechnung entsteht genau wie mit „Neue Rechnung“ –
        mit den Einstellungen, die sich das Projekt beim letzten Export gemerkt hat (Reiter „Exportprofil“ der
        Projektakte, siehe{' '}
        <HelpLink to="rechnungspositionen-gestalten">Rechnungspositionen gestalten</HelpLink>). Den Lauf
        starten Administratoren unter Administration › Abrechnungslauf.
      </Text>
      <Title order={3}>Einen Lauf starten</Title>
      <List type="ordered" spacing={4}>
        <List.Item>
          Wählen Sie den Stichtag (vorgegeben: Ende des Vormonats; Buchungen bis einschließlich dieses Tages)
          und das Rechnungsdatum (vorgegeben: heute).
        </List.Item>
        <List.Item>
          Mit „Nur Entwürfe anlegen“ landen alle Rechnungen als Entwurf in billomat; sonst entscheidet je
          Projekt das Exportprofil, ob sie gleich abgeschlossen werden.
        </List.Item>
        <List.Item>
          Die Vorschau zeigt je Projekt Kunde, Stunden, Positionen, Netto und Brutto. Projekte, die sich so
          nicht abrechnen lassen – etwa weil der Kunde nicht mit billomat verknüpft ist oder Stundensätze
          fehlen –, sind mit dem Grund markiert und werden übersprungen. Mit den Häkchen wählen Sie Projekte
          ab oder wieder an.
        </List.Item>
        <List.Item>
          Unter der Vorschau steht, wie viele billomat-Anfragen der Lauf benötigt und ob sie in ein
          15-Minuten-Fenster passen. Klicken Sie auf „Abrechnungslauf starten“.
        </List.Item>
      </List>
      <HelpScreenshot
        name="abrechnungslauf"
        alt="Die Seite Abrechnungslauf: Stichtag, Rechnungsdatum, Nur Entwürfe anlegen, die Vorschau je Projekt mit Stunden, Netto und Brutto, die Schätzung der billomat-Anfragen und der Knopf Abrechnungslauf starten."
      />
      <Title order={3}>Während des Laufs: Pause für das billomat-Kontingent</Title>
      <Text>
        Der Lauf arbeitet auf dem Server, Projekt für Projekt; Sie können die Seite verlassen. Die Anzeige
        „Abrechnungslauf läuft“ zeigt, wie viele Projekte erledigt sind und welches gerade an der Reihe ist.
      </Text>
      <Text>
        billomat erlaubt je Konto 300 Anfragen in 15 Minuten, die sich alle angebundenen Programme teilen.
        Eine Rechnung kostet höchstens zwei Anfragen, mit Abschließen drei. Passt die nächste Rechnung nicht
        mehr ins laufende Fenster, pausiert der Lauf und zeigt „wartet bis 10:15 Uhr“ – danach setzt er von
        selbst fort. Auch nach einem Neustart des Servers geht er dort weiter, wo er stand. „Abbrechen“
        beendet ihn nach der Rechnung, die gerade entsteht.
      </Text>
      <Text>
        Es läuft immer nur ein Abrechnungslauf. Jede Rechnung ist ein gewöhnlicher Export: Auch hier wird
        keine Stunde doppelt abgerechnet, und was unklar bleibt, klärt PlainStaff wie beim einzelnen Export
        (siehe <HelpLink to="nach-dem-export">Nach dem Export</HelpLink>).
      </Text>
      <Title order={3}>Der Bericht</Title>
      <Text>
        Jeder Lauf erscheint unter „Berichte“: wann und von wem er gestartet wurde (manuell oder automatisch),
        Stichtag, Status und wie viele Rechnungen angelegt, übersprungen oder fehlgeschlagen sind. „Bericht
        öffnen“ zeigt jedes Projekt mit Status (angelegt, übersprungen, fehlgeschlagen), der Rechnungsnummer –
        bei Entwürfen der Entwurf in billomat – und dem Grund, wenn etwas nicht geklappt hat.
      </Text>
      <Title order={3}>Automatisch jeden Monat</Title>
      <Text>
        Unter „Automatischer Abrechnungslauf“ schalten Sie „Automatisch starten“ ein und wählen Tag des Monats
        (1 bis 28) und Uhrzeit (deutsche Zeit). Der Lauf startet dann monatlich von selbst, rechnet bis zum
        Ende des Vormonats ab und legt nur Entwürfe an – Sie prüfen sie in billomat, bevor Sie sie versenden.
        War der Server zur gewählten Zeit aus, holt er den Lauf im selben Monat nach. Das Ergebnis steht als
        Bericht auf dieser Seite.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'abrechnungslauf',
  title: 'Abrechnungslauf',
  summary:
    'Alle Projekte bis zum Stichtag auf einmal abrechnen: Vorschau, Start, Pause für das billomat-Kontingent, Bericht und monatlicher Zeitplan.',
  order: 40,
  Body,
};
