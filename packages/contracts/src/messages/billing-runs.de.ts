// Abrechnungslauf: why a project was skipped or failed, and why a run ended early.

const RESERVED =
  'Der Export bleibt reserviert und wird beim nächsten Start automatisch geprüft (Projekt › Rechnungen).';

export const billingRunMessagesDe = {
  BILLING_RUN_PROJECT_GONE: 'Das Projekt gibt es nicht mehr.',
  BILLING_RUN_NO_HOURS: 'Keine offenen abrechenbaren Stunden bis {{date}}.',
  BILLING_RUN_NO_RATE: 'Keine Buchung mit Stundensatz.',
  BILLING_RUN_STILL_PENDING: { default: `Ergebnis unklar. ${RESERVED}`, because: `{{cause}} ${RESERVED}` },
  BILLING_RUN_EXPORT_UNDONE: 'Der Export wurde rückgängig gemacht.',
  BILLING_RUN_NOT_CREATED: 'billomat hat die Rechnung nicht angelegt.',
  BILLING_RUN_CANCELLED: { default: 'Lauf abgebrochen.', because: 'Lauf abgebrochen: {{cause}}' },
  BILLING_RUN_INTERNAL: 'Interner Fehler. Bitte prüfen Sie das Protokoll.',
} as const;
