// billomat's failures as the user reads them (packages/billomat types them, apps/server codes them).
// `write` variants add what to do when a write may or may not have happened; {{http}} is
// " (HTTP 503)" or empty.

const RECONCILE =
  ' Der Vorgang wurde möglicherweise trotzdem ausgeführt – bitte prüfen Sie in billomat, bevor Sie ihn wiederholen.';
const UNAVAILABLE =
  'billomat ist vorübergehend nicht verfügbar{{http}}. Bitte versuchen Sie es in einigen Minuten erneut.';
const NETWORK = 'billomat ist nicht erreichbar. Bitte prüfen Sie die Internetverbindung und die billomat-ID.';
const TIMEOUT = 'billomat hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es später erneut.';
const BAD_ANSWER = 'billomat hat eine unerwartete Antwort geschickt. Bitte versuchen Sie es später erneut.';

export const billomatMessagesDe = {
  BILLOMAT_AUTH:
    'Der API-Schlüssel wurde von billomat abgelehnt. Bitte prüfen Sie ihn in billomat unter Einstellungen › Administration › Nutzer und tragen Sie ihn hier neu ein.',
  BILLOMAT_VALIDATION: {
    default: 'billomat hat die Daten abgelehnt. Bitte korrigieren Sie die Angaben.',
    // {{messages}}: billomat's own words, as billomat wrote them.
    details: 'billomat hat die Daten abgelehnt: {{messages}}. Bitte korrigieren Sie die Angaben.',
  },
  BILLOMAT_QUOTA:
    'Ihr billomat-Tarif hat keine freie Kapazität mehr. Bitte erweitern Sie den Tarif in billomat oder archivieren Sie nicht mehr benötigte Daten.',
  BILLOMAT_NOT_FOUND: {
    default: 'Der Datensatz wurde in billomat nicht gefunden. Er wurde möglicherweise dort gelöscht.',
    account: 'Das billomat-Konto „{{billomatId}}“ wurde nicht gefunden. Bitte prüfen Sie die billomat-ID.',
  },
  BILLOMAT_RATE_LIMITED: {
    default: 'Das billomat-Anfragelimit ist erreicht. Bitte versuchen Sie es in einer Viertelstunde erneut.',
    at: 'billomat-Anfragelimit erreicht. Bitte versuchen Sie es um {{time}} Uhr erneut.',
  },
  BILLOMAT_UNAVAILABLE: {
    default: UNAVAILABLE,
    write: `${UNAVAILABLE}${RECONCILE}`,
    network: NETWORK,
    networkWrite: `${NETWORK}${RECONCILE}`,
  },
  BILLOMAT_TIMEOUT: { default: TIMEOUT, write: `${TIMEOUT}${RECONCILE}` },
  BILLOMAT_BAD_ANSWER: { default: BAD_ANSWER, write: `${BAD_ANSWER}${RECONCILE}` },
} as const;
