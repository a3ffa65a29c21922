// The export page: why an export cannot run (blockers), what to look at (warnings), what happened
// to an export (its note), and where a line's rate comes from.

const PER_HOUR = '{{rate}} pro Stunde';

export const exportMessagesDe = {
  // Blockers (apps/server/src/modules/exports/preview/blockers.ts)
  CUSTOMER_NOT_LINKED:
    'Der Kunde „{{customer}}“ ist nicht mit billomat verknüpft. Bitte importieren Sie die Kunden über den Doppelpfeil „Kunden aus billomat importieren“ im Projektdialog und wählen Sie dort den importierten Kunden.',
  CUSTOMER_OTHER_ACCOUNT:
    'Der Kunde „{{customer}}“ stammt aus dem billomat-Konto „{{account}}“. Bitte importieren Sie die Kunden des verbundenen Kontos „{{connected}}“ über den Doppelpfeil im Projektdialog und ordnen Sie dem Projekt den importierten Kunden zu.',
  // Also an API error (errors.ts) when billomat answers that the client is gone: the default text.
  CUSTOMER_DELETED_IN_BILLOMAT: {
    default:
      'Der Kunde wurde in billomat gelöscht. Die Buchungen sind wieder offen. Bitte importieren Sie die Kunden erneut und ordnen Sie dem Projekt einen vorhandenen Kunden zu.',
    preview:
      'Der Kunde „{{customer}}“ wurde in billomat gelöscht. Bitte ordnen Sie dem Projekt einen vorhandenen Kunden zu oder legen Sie ihn in billomat neu an und importieren Sie die Kunden erneut.',
  },
  CUSTOMER_ARCHIVED:
    'Der Kunde „{{customer}}“ ist in billomat archiviert. Bitte stellen Sie ihn in billomat wieder her und importieren Sie die Kunden erneut, oder ordnen Sie dem Projekt einen aktiven Kunden zu.',
  BOOKINGS_NOT_IN_PROJECT:
    'Buchungen gehören nicht zu diesem Projekt ({{ids}}). Bitte laden Sie die Auswahl neu.',
  BOOKINGS_NOT_OPEN: {
    one: '1 ausgewählte Buchung ist bereits abgerechnet oder in einem laufenden Export. Bitte entfernen Sie sie aus der Auswahl.',
    other:
      '{{count}} ausgewählte Buchungen sind bereits abgerechnet oder in einem laufenden Export. Bitte entfernen Sie sie aus der Auswahl.',
  },
  BOOKINGS_NOT_BILLABLE: {
    one: '1 ausgewählte Buchung ist als nicht abrechenbar markiert. Bitte entfernen Sie sie aus der Auswahl.',
    other:
      '{{count}} ausgewählte Buchungen sind als nicht abrechenbar markiert. Bitte entfernen Sie sie aus der Auswahl.',
  },
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
    // {{cause}}: why this export's account is not the connected one (BILLOMAT_ACCOUNT_CHANGED)
    otherAccount:
      '{{cause}} Der Export wird geprüft, sobald sein billomat-Konto wieder verbunden ist; bis dahin bleiben die Buchungen reserviert.',
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
