// Field messages: the contracts' zod schemas write them as tokens (messages.ts, `messageToken`), so
// forms and the server's error handler show them in the reader's language.

export const fieldMessagesDe = {
  /** Anything zod itself reports (wrong type, …): the German text travels in `message`. */
  FIELD_INVALID: 'Ungültiger Wert.',
  FIELD_TOO_LONG: 'Höchstens {{maximum}} Zeichen.',
  FIELD_CONTROL_CHARS: 'Enthält unzulässige Steuerzeichen.',
  FIELD_NAME_REQUIRED: 'Bitte einen Namen angeben.',
  FIELD_TASK_NAME_REQUIRED: 'Bitte einen Namen für die Aufgabe angeben.',
  FIELD_PROJECT_NUMBER_REQUIRED: 'Bitte eine Projektnummer angeben.',
  FIELD_PROJECT_NAME_REQUIRED: 'Bitte einen Projektnamen angeben.',
  FIELD_EMAIL_INVALID: 'Bitte eine gültige E-Mail-Adresse eingeben.',
  FIELD_PASSWORD_REQUIRED: 'Bitte das Passwort eingeben.',
  FIELD_PASSWORD_TOO_SHORT: 'Das Passwort braucht mindestens {{minimum}} Zeichen.',
  FIELD_PASSWORD_TOO_LONG: 'Das Passwort darf höchstens {{maximum}} Zeichen haben.',
  FIELD_DATE: 'Bitte ein gültiges Datum angeben.',
  FIELD_AMOUNT: 'Bitte einen Betrag wie 95 oder 1.234,50 eingeben.',
  FIELD_VAT_RATE:
    'Bitte einen Steuersatz zwischen 0 und 100 mit höchstens zwei Nachkommastellen eingeben, z. B. 19 oder 7.',
  FIELD_DURATION_FORMAT: 'Bitte eine Dauer wie 1,5 oder 1:30 eingeben.',
  FIELD_DURATION_RANGE: 'Die Dauer muss zwischen 1 Minute und 24 Stunden liegen.',
  FIELD_BUDGET_HOURS_FORMAT: 'Bitte Stunden wie 120 oder 7,5 eingeben.',
  FIELD_BUDGET_HOURS_REQUIRED: 'Bitte das Budget in Stunden angeben.',
  FIELD_BUDGET_AMOUNT_REQUIRED: 'Bitte das Budget als Betrag angeben.',
  FIELD_CURRENCY: 'Bitte einen Währungscode wie EUR angeben.',
  FIELD_CUSTOMER_REQUIRED: 'Bitte einen Kunden wählen.',
  FIELD_PROJECT_REQUIRED: 'Bitte ein Projekt wählen.',
  FIELD_PROJECTS_REQUIRED: 'Bitte mindestens ein Projekt auswählen.',
  FIELD_MEMBER_DUPLICATE: 'Mitarbeiter doppelt zugeordnet.',
  FIELD_DAY_OF_MONTH: 'Bitte einen Tag zwischen 1 und 28 angeben.',
  FIELD_TIME_OF_DAY: 'Bitte eine Uhrzeit wie 06:00 angeben.',
  FIELD_SELECTION_TOO_MANY: 'Höchstens {{maximum}} einzeln gewählte Buchungen.',
  FIELD_SELECTION_DUPLICATE: 'Eine Buchung ist doppelt genannt.',
  FIELD_BILLOMAT_ID_REQUIRED: 'Bitte die billomat-ID eingeben.',
  FIELD_BILLOMAT_ID_TOO_LONG: 'Die billomat-ID ist zu lang.',
  FIELD_BILLOMAT_ID_MAX: 'Die billomat-ID hat höchstens {{maximum}} Zeichen.',
  FIELD_BILLOMAT_ID_FORMAT:
    'Die billomat-ID besteht nur aus Kleinbuchstaben, Ziffern und Bindestrichen – z. B. „meinefirma“ aus meinefirma.billomat.net.',
  FIELD_API_KEY_REQUIRED:
    'Bitte den API Key eingeben. Sie erstellen ihn in billomat unter Einstellungen › Administration › Nutzer.',
  FIELD_API_KEY_FOR_OTHER_ACCOUNT:
    'Für eine andere billomat-ID bitte den API Key dieses Kontos eingeben. Der gespeicherte Key wird nur an das Konto gesendet, für das er gespeichert wurde.',
  FIELD_API_KEY_TOO_LONG: 'Der API Key hat höchstens {{maximum}} Zeichen.',
  FIELD_API_KEY_CHARS: 'Der API Key darf keine Leerzeichen, Zeilenumbrüche oder Sonderzeichen enthalten.',
  FIELD_TEMPLATE: 'Bitte eine Vorlage aus der Liste wählen.',
} as const;
