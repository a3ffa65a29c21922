import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        Rechnungen gehen an Kunden, die billomat kennt. Deshalb holen Sie Ihre Kunden mit einem Klick aus
        billomat, statt sie abzutippen. Nur importierte Kunden (Herkunft billomat) können abgerechnet werden.
        Importieren dürfen Administratoren und Projektleitungen.
      </Text>
      <Title order={3}>So importieren Sie</Title>
      <List type="ordered" spacing={4}>
        <List.Item>
          Öffnen Sie ein Projekt zum Bearbeiten (oder legen Sie ein neues an) – oder die Seite „Kunden“.
        </List.Item>
        <List.Item>
          Klicken Sie auf den Knopf mit dem Doppelpfeil neben dem Feld „Kunde“: „Kunden aus billomat
          importieren“.
        </List.Item>
        <List.Item>
          Ein Fortschrittsbalken zeigt, wie viele Seiten schon geholt sind (billomat liefert 1.000 Kunden pro
          Seite). Am Ende steht eine Zusammenfassung, etwa „12 neu, 3 aktualisiert, 140 unverändert“. Sie
          können währenddessen weiterarbeiten.
        </List.Item>
        <List.Item>
          Die Auswahl „Kunde“ zeigt die importierten Kunden sofort; ein bereits gewählter Kunde bleibt
          gewählt.
        </List.Item>
      </List>
      <HelpScreenshot
        name="kunden-importieren"
        alt="Der Projektdialog: neben dem Feld Kunde der Doppelpfeil-Knopf Kunden aus billomat importieren; oben rechts die Meldung Kundenimport abgeschlossen mit der Zusammenfassung."
      />
      <Text>
        Ist billomat noch nicht verbunden, erklärt der Knopf das und führt Sie zu Administration ›
        Integrationen (siehe <HelpLink to="billomat-verbinden">billomat verbinden</HelpLink>). Danach ist
        alles bereit für die erste Rechnung:{' '}
        <HelpLink to="stunden-nach-billomat-exportieren">Stunden nach billomat exportieren</HelpLink>.
      </Text>
      <Title order={3}>Was der Import tut</Title>
      <List spacing={4}>
        <List.Item>
          <b>Neue Kunden</b> werden angelegt, <b>bekannte</b> aktualisiert: Name (Firma, bei Privatpersonen
          Vor- und Nachname), Kundennummer, Anschrift, E-Mail, USt-IdNr., Steuerregel und Währung. Nichts wird
          doppelt angelegt – Sie können den Import jederzeit wiederholen.
        </List.Item>
        <List.Item>
          <b>Unveränderte Kunden</b> werden nicht angefasst.
        </List.Item>
        <List.Item>
          <b>In billomat archivierte Kunden</b> bleiben erhalten und sind markiert. In der Auswahl „Kunde“
          erscheinen sie nur, wenn Sie nach ihnen suchen – markiert und nach den aktiven. Eine Rechnung an
          einen archivierten Kunden wird abgelehnt, bis Sie ihn in billomat wiederherstellen und erneut
          importieren. Auf der Seite „Kunden“ zeigt „Archivierte anzeigen“ sie an.
        </List.Item>
        <List.Item>
          <b>In billomat gelöschte Kunden</b> werden nie gelöscht, denn Projekte verweisen auf sie. Sie werden
          als „In billomat gelöscht“ markiert – nach einem vollständigen Import, oder wenn billomat eine
          Rechnung ablehnt, weil es den Kunden nicht mehr gibt. Dann bleiben die Buchungen offen, und die
          Vorschau sagt, was zu tun ist.
        </List.Item>
        <List.Item>
          Importierte Kunden sind in PlainStaff schreibgeschützt: Ändern Sie sie in billomat und importieren
          Sie erneut.
        </List.Item>
      </List>
      <Title order={3}>Schon vorhandene, manuell angelegte Kunden</Title>
      <Text>
        Haben Sie einen Kunden vorher von Hand angelegt, wird er mit dem billomat-Kunden verknüpft statt
        doppelt angelegt – wenn der Name gleich ist. Groß- und Kleinschreibung, Leer- und Satzzeichen zählen
        dabei nicht („Müller & Söhne GmbH“ passt zu „MÜLLER & SÖHNE GMBH“). Gibt es mehrere manuelle Kunden
        mit diesem Namen, entscheidet die Kundennummer; passt sie bei keinem oder mehreren, wird nichts
        verknüpft und der Kunde neu angelegt. Eine gleiche Kundennummer allein verknüpft nie. Der verknüpfte
        Kunde behält seine Projekte und Buchungen und übernimmt die Daten aus billomat; die Zusammenfassung
        nennt ihn als „verknüpft“.
      </Text>
      <Title order={3}>Kunden gehören zu einem billomat-Konto</Title>
      <Text>
        Jeder importierte Kunde merkt sich das billomat-Konto, aus dem er kommt. Verbinden Sie später ein
        anderes Konto (siehe <HelpLink to="billomat-verbinden">billomat verbinden</HelpLink>), tragen die
        bisherigen Kunden die Markierung „Anderes billomat-Konto“, und ein Export an sie wird abgelehnt, bevor
        billomat gefragt wird – ihre Kundennummer bedeutet im neuen Konto nichts oder eine andere Firma.
        Importieren Sie die Kunden des neuen Kontos und ordnen Sie den Projekten den importierten Kunden zu.
      </Text>
      <Text>
        Hat ein Kunde des neuen Kontos dieselbe Kundennummer wie ein bisheriger Kunde, legt der Import ihn
        nicht doppelt an und verknüpft auch nichts von sich aus: Die Zusammenfassung nennt diese Kunden, und
        erst wenn Sie „Kunden verknüpfen“ klicken, übernimmt der bisherige Kunde – mit seinen Projekten und
        Buchungen – die Verknüpfung zum neuen Konto.
      </Text>
      <Title order={3}>Wenn etwas schiefgeht</Title>
      <List spacing={4}>
        <List.Item>
          Die Meldung sagt, was zu tun ist – etwa bei einem abgelehnten API Key oder wenn billomat gerade
          nicht erreichbar ist. Bereits geholte Seiten bleiben gespeichert; starten Sie den Import einfach
          erneut, er macht dort weiter, wo etwas fehlt.
        </List.Item>
        <List.Item>
          Es läuft immer nur ein Import. Klickt eine Kollegin gleichzeitig, sieht sie denselben Fortschritt.
        </List.Item>
      </List>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'kunden-importieren',
  title: 'Kunden aus billomat importieren',
  summary:
    'Alle Kunden mit einem Klick aus billomat holen: neue anlegen, bekannte aktualisieren, nichts doppelt.',
  order: 20,
  Body,
};
