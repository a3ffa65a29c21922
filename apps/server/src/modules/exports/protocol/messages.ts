// German texts of the export protocol that the user sees on the export (its `error`).

export const OUTCOME_UNKNOWN =
  'Unklar, ob billomat die Rechnung angelegt hat – wir prüfen das automatisch. Die Buchungen bleiben reserviert, bis das geklärt ist.';

export const NOT_CREATED =
  'billomat hat die Rechnung nicht angelegt. Die Buchungen sind wieder offen; Sie können den Export erneut starten.';

export const NOT_CONNECTED_PENDING =
  'billomat ist nicht verbunden; der Export wird geprüft, sobald die Verbindung steht.';

export const OTHER_ACCOUNT_PENDING =
  'Der Export wird geprüft, sobald sein billomat-Konto wieder verbunden ist; bis dahin bleiben die Buchungen reserviert.';
