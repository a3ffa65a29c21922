// The export page: why an export cannot run (blockers), what to look at (warnings), what happened
// to an export (its note), and where a line's rate comes from.

const PER_HOUR = '{{rate}} pro Stunde';

export const exportMessagesDe = {
  // Blockers (apps/server/src/modules/exports/preview/blockers.ts)
  CUSTOMER_NOT_LINKED:
    'Der Kunde „{{customer}}“ ist nicht mit billomat verknüpft. Bitte importieren Sie die Kunden über den Doppelpfeil „Kunden aus billomat importieren“ im Projektdialog und wählen Sie dort den importierten Kunden.',
  BOOKINGS_NOT_IN_PROJECT:
    'Buchungen gehören nicht zu diesem Projekt ({{ids}}). Bitte laden Sie die Auswahl neu.',
  BOOKINGS_NOT_OPEN:
    '{{count}} ausgewählte Buchung(en) sind bereits abgerechnet oder in einem laufenden Export. Bitte entfernen Sie sie aus der Auswahl.',
  BOOKINGS_NOT_BILLABLE:
    '{{count}} ausgewählte Buchung(en) sind als nicht abrechenbar markiert. Bitte entfernen Sie sie aus der Auswahl.',
  TOO_MANY_LINES:
    'Die Rechnung hätte {{lines}} Positionen. Bitte gruppieren Sie die Buchungen (z. B. nach Monat und Task), damit es höchstens {{max}} werden.',
  NOTHING_TO_INVOICE:
    'Keine der ausgewählten Buchungen hat einen Stundensatz. Bitte hinterlegen Sie Stundensätze.',
  // Warnings
  CUSTOMER_NOT_FROM_BILLOMAT:
    'Der Kunde „{{customer}}“ wurde nicht aus billomat importiert. Bitte importieren Sie die Kunden aus billomat und ordnen Sie dem Projekt den importierten Kunden zu.',
  NO_SELECTION: 'Es sind keine Buchungen ausgewählt.',
  UNPRICED_BOOKINGS: {
    one: '1 Buchung hat keinen Stundensatz und wird nicht abgerechnet.',
    other: '{{count}} Buchungen haben keinen Stundensatz und werden nicht abgerechnet.',
  },
  VAT_OVERRIDE_IN_USE: 'Das Projekt verwendet {{override}} MwSt. statt {{integration}} aus der Integration.',
  // An export's note (exports.error): pending, failed, or created with something to do
  EXPORT_PENDING: {
    default:
      'Unklar, ob billomat die Rechnung angelegt hat – wir prüfen das automatisch. Die Buchungen bleiben reserviert, bis das geklärt ist.',
    because:
      'Unklar, ob billomat die Rechnung angelegt hat – wir prüfen das automatisch. Die Buchungen bleiben reserviert, bis das geklärt ist. {{cause}}',
    notConnected: 'billomat ist nicht verbunden; der Export wird geprüft, sobald die Verbindung steht.',
  },
  EXPORT_AMBIGUOUS_INVOICES:
    'In billomat gibt es {{count}} passende Rechnungen ohne Export-Referenz ({{numbers}}). Bitte prüfen Sie in billomat, welche zu diesem Export gehört, und löschen Sie Doppelte.',
  EXPORT_REFERENCE_NOT_SAVED:
    'Die Export-Referenz konnte nicht an der Rechnung gespeichert werden: {{cause}}',
  EXPORT_NOT_COMPLETED:
    'Die Rechnung wurde als Entwurf angelegt, konnte aber nicht abgeschlossen werden. Bitte schließen Sie sie in billomat ab. {{cause}}',
  // Where a line's hourly rate comes from; the context is the rate source.
  RATE_NOTE: {
    default: `${PER_HOUR} (Satz der Buchungen)`,
    mixed: `${PER_HOUR} (Satz der Buchungen, verschiedene Herkunft)`,
    member: `${PER_HOUR} aus Projektmitglied`,
    task: `${PER_HOUR} aus Task`,
    project: `${PER_HOUR} aus Projekt`,
    user: `${PER_HOUR} aus Standardsatz des Mitarbeiters`,
  },
} as const;
