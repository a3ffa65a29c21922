import { List, Stack, Text, Title } from '@mantine/core';
import { HelpLink } from '../components/help-link';
import { HelpTable } from '../components/help-table';
import { HelpScreenshot } from '../components/help-screenshot';
import type { HelpArticle } from './types';

const EXAMPLES = [
  ['0:20 zu 100 €', 'keine Rundung', '0,33 Std.', '33,00 €', '−0,33 €'],
  ['0:20 zu 100 €', '6 Minuten (→ 0:24)', '0,40 Std.', '40,00 €', '0,00 €'],
  ['2:50 zu 100 €', 'keine Rundung', '2,83 Std.', '283,00 €', '−0,33 €'],
  ['2:50 zu 100 €', '6 Minuten (→ 2:54)', '2,90 Std.', '290,00 €', '0,00 €'],
  ['0:07 und 0:16 zu 120 €', '15 Minuten (→ 0:15 und 0:30)', '0,75 Std.', '90,00 €', '0,00 €'],
];

function Body() {
  return (
    <Stack gap="sm">
      <Text>
        PlainStaff rechnet Zeit in Geld genau so um wie billomat. Deshalb stimmt die Vorschau mit der Rechnung
        in billomat auf den Cent überein – und deshalb kann der Betrag ein paar Cent vom „exakten“ Wert der
        Minuten abweichen. So funktioniert die Regel:
      </Text>
      <List type="ordered" spacing={4}>
        <List.Item>
          <b>Abrechnungstakt, je Buchung:</b> Die gebuchten Minuten werden auf den gewählten Takt aufgerundet
          – keine Rundung, 6, 15 oder 30 Minuten. Die gebuchte Zeit selbst ändert sich nie; nur die Rechnung
          verwendet die gerundete Zeit.
        </List.Item>
        <List.Item>
          <b>Menge, je Buchung:</b> Minuten geteilt durch 60, auf zwei Nachkommastellen kaufmännisch gerundet:
          20 Minuten sind 0,33 Std., 10 Minuten 0,17 Std., 90 Minuten 1,50 Std.
        </List.Item>
        <List.Item>
          <b>Position:</b> Die Mengen ihrer Buchungen werden addiert; Betrag = Menge × Stundensatz, auf den
          Cent gerundet.
        </List.Item>
        <List.Item>
          <b>Mehrwertsteuer:</b> je Steuersatz einmal auf die Summe der Positionen gerechnet und gerundet.
        </List.Item>
        <List.Item>
          <b>Rechnung:</b> Netto ist die Summe der Positionen, Brutto Netto plus Mehrwertsteuer.
        </List.Item>
      </List>
      <Title order={3}>Das Beispiel: 20 Minuten zu 100 €</Title>
      <Text>
        20 Minuten werden zur Menge 0,33 Std. Die Rechnung lautet also auf 0,33 × 100 € = 33,00 € netto,
        zuzüglich 19 % Mehrwertsteuer (6,27 €) 39,27 € brutto. Der exakte Wert von 20 Minuten wäre 33,33 €.
        Den Unterschied zeigt die Vorschau als „Rundungsdifferenz −0,33 €“.
      </Text>
      <HelpScreenshot
        name="export-rundungsdifferenz"
        alt="Die Summen einer Vorschau zu 100 € je Stunde mit einer Buchung über 20 Minuten: Netto, Mehrwertsteuer, Brutto und darunter die Rundungsdifferenz −0,33 € mit dem Hinweis auf den 6-Minuten-Takt."
      />
      <HelpTable label="Beispiele zur Abrechnungsregel">
        {[['Gebucht', 'Abrechnungstakt', 'Menge', 'Netto', 'Rundungsdifferenz'], ...EXAMPLES]}
      </HelpTable>
      <Title order={3}>Die Rundungsdifferenz vermeiden: der 6-Minuten-Takt</Title>
      <Text>
        Hundertstelstunden sind nur für Vielfache von 6 Minuten (0,1 Std.) exakt. Mit einem Abrechnungstakt
        von 6 Minuten ist jede Menge exakt und die Rundungsdifferenz immer 0 – ebenso mit 15 oder 30 Minuten.
        Bedenken Sie: Der Takt rundet jede Buchung auf, aus 20 Minuten werden 24. Ohne Takt beträgt die
        Differenz je Buchung höchstens eine halbe Hundertstelstunde – bei 100 € je Stunde also höchstens 50
        Cent, nach oben oder unten.
      </Text>
      <Title order={3}>Gruppierung und Cents</Title>
      <Text>
        Weil jede Position für sich auf den Cent gerundet wird, kann die Gruppierung den Betrag um Cent
        verschieben: Drei Buchungen à 20 Minuten zu 95,50 € ergeben in einer Position 0,99 Std. = 94,55 €, als
        drei Positionen 3 × 31,52 € = 94,56 €.
      </Text>
      <Title order={3}>Wo Sie die Regel sehen</Title>
      <List spacing={4}>
        <List.Item>
          <b>Buchungsliste:</b> je Buchung gebuchte Zeit, Menge und Betrag. Hat der Takt aufgerundet, ist die
          Menge markiert („aufgerundet von 0:20 auf 0:30 (Abrechnungstakt)“).
        </List.Item>
        <List.Item>
          <b>Vorschau:</b> gebuchte und abgerechnete Zeit, die Positionen, Mehrwertsteuer, Netto, Brutto und
          die Rundungsdifferenz.
        </List.Item>
        <List.Item>
          <b>Nach dem Export:</b> PlainStaff vergleicht die Summen, die billomat meldet, mit der Vorschau.
          Rundet billomat einmal anders, steht das beim Ergebnis und in der Projektakte, etwa „billomat hat
          0,01 € anders gerundet als die Vorschau“.
        </List.Item>
        <List.Item>
          <b>Übersicht:</b> „Nicht abgerechnet“ bewertet offene Stunden nach dieser Regel, ohne Takt (siehe{' '}
          <HelpLink to="uebersicht">Die Übersicht</HelpLink>).
        </List.Item>
      </List>
    </Stack>
  );
}

export const article: HelpArticle = {
  slug: 'abrechnungstakt-und-rundung',
  title: 'Abrechnungstakt und Rundung',
  summary:
    'Wie aus Minuten Geld wird: Menge in Hundertstelstunden, die Rundungsdifferenz und warum ein 6-Minuten-Takt sie vermeidet.',
  order: 34,
  Body,
};
