import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        Mit der Verbindung zu billomat übernehmen Sie Ihre Kunden aus billomat und machen aus gebuchten
        Stunden Ausgangsrechnungen – ohne etwas abzutippen. Die Einrichtung dauert etwa eine Minute und ist
        Sache eines Administrators.
      </Text>
      <Title order={3}>Was Sie brauchen</Title>
      <List spacing={4}>
        <List.Item>
          <b>Ihre billomat-ID:</b> der vordere Teil der Adresse, unter der Sie billomat öffnen. Bei
          meinefirma.billomat.net ist das „meinefirma“. Sie dürfen auch die ganze Adresse einfügen –
          PlainStaff nimmt sich den passenden Teil heraus.
        </List.Item>
        <List.Item>
          <b>Einen API Key:</b> Sie legen ihn in billomat unter Einstellungen › Administration › Nutzer an,
          beim Nutzer, in dessen Namen PlainStaff arbeiten soll. Der Key hat dieselben Rechte wie dieser
          Nutzer.
        </List.Item>
      </List>
      <Title order={3}>So verbinden Sie</Title>
      <List type="ordered" spacing={4}>
        <List.Item>Öffnen Sie Administration › Integrationen.</List.Item>
        <List.Item>Klicken Sie auf der Kachel „billomat“ auf „Einstellungen“.</List.Item>
        <List.Item>Tragen Sie billomat-ID und API Key ein.</List.Item>
        <List.Item>
          Prüfen Sie den Mehrwertsteuersatz (vorgegeben sind 19 %, ein Komma ist erlaubt, etwa 7 oder 19,5).
          Ein Projekt kann einen eigenen Satz haben; der gilt dann vorrangig.
        </List.Item>
        <List.Item>
          Setzen Sie bei Bedarf das Häkchen „Projektbeschreibung auf Rechnung drucken“. Die Beschreibung des
          Projekts steht dann im Einleitungstext der Rechnung – der richtige Platz für die Bestellnummer oder
          Kostenstelle Ihres Kunden.
        </List.Item>
        <List.Item>
          Wählen Sie unter „Exportierte Rechnungen“, ob Rechnungen „Als Entwurf anlegen“ (empfohlen: Sie
          prüfen sie in billomat noch einmal) oder „Direkt abschließen“ gelten soll, und auf Wunsch eine
          Rechnungsvorlage aus billomat.
        </List.Item>
        <List.Item>Klicken Sie auf „Verbindung testen“ und danach auf „Speichern“.</List.Item>
      </List>
      <HelpScreenshot
        name="billomat-einstellungen"
        alt="Der Dialog billomat-Einstellungen mit billomat-ID, API Key, Mehrwertsteuersatz und den Knöpfen Verbindung testen und Speichern."
      />
      <Text>
        Die Kachel zeigt anschließend „Verbunden mit“ und den Namen Ihres billomat-Kontos. Als Nächstes holen
        Sie Ihre Kunden: <HelpLink to="kunden-importieren">Kunden aus billomat importieren</HelpLink>.
      </Text>
      <Title order={3}>Wenn der Test scheitert</Title>
      <List spacing={4}>
        <List.Item>
          <b>Konto nicht gefunden:</b> Die billomat-ID stimmt nicht. Vergleichen Sie sie mit der Adresse im
          Browser, wenn Sie in billomat angemeldet sind.
        </List.Item>
        <List.Item>
          <b>API Key abgelehnt:</b> Der Key ist falsch, gehört zu einem anderen Konto oder wurde in billomat
          gelöscht. Legen Sie einen neuen an und tragen Sie ihn ein.
        </List.Item>
        <List.Item>
          <b>billomat nicht erreichbar:</b> billomat oder die Internetverbindung des Servers hat gerade ein
          Problem. Versuchen Sie es in einigen Minuten noch einmal.
        </List.Item>
        <List.Item>
          <b>Anfragelimit erreicht:</b> billomat erlaubt je Konto 300 Anfragen pro Viertelstunde, die sich
          alle angebundenen Programme teilen. Die Meldung nennt die Uhrzeit, ab der es wieder geht.
        </List.Item>
      </List>
      <Title order={3}>Ein anderes billomat-Konto verbinden</Title>
      <Text>
        Tragen Sie die billomat-ID des anderen Kontos ein, geben Sie dessen API Key ein – der gespeicherte Key
        wird nur an das Konto gesendet, für das er gespeichert wurde – und klicken Sie auf „Speichern“.
        PlainStaff zeigt, was der Wechsel bedeutet: wie viele Kunden mit dem bisherigen Konto verknüpft sind
        (Exporte an sie sind danach gesperrt, bis Sie die Kunden des neuen Kontos importiert haben) und wie
        viele Rechnungen dort liegen (ihr Status wird nicht mehr aktualisiert, rückgängig machen geht nur mit
        dem bisherigen Konto). Erst „Konto wechseln“ speichert. Ist bei einem Export im bisherigen Konto noch
        unklar, ob die Rechnung angelegt wurde, prüft PlainStaff das zuerst; bleibt es unklar, wird der
        Wechsel abgelehnt und das bisherige Konto bleibt verbunden.
      </Text>
      <Title order={3}>Sicherheit</Title>
      <Text>
        PlainStaff speichert den API Key verschlüsselt auf dem Server. Er wird nie wieder angezeigt – Sie
        sehen nur die letzten vier Zeichen, etwa ••••1a2b – und erreicht Ihren Browser zu keinem Zeitpunkt.
        Lassen Sie das Feld beim Speichern leer, bleibt der gespeicherte Key erhalten. Mit „Verbindung
        trennen“ löschen Sie ihn; bereits exportierte Rechnungen bleiben in billomat bestehen.
      </Text>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'billomat-verbinden',
  title: 'billomat verbinden',
  summary:
    'billomat-ID und API Key eintragen, Verbindung testen, Mehrwertsteuer und Rechnungsoptionen festlegen.',
  order: 10,
  Body,
};
