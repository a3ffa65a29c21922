// German texts of the API errors (apps/server/src/errors.ts gives each its HTTP status).
// Variants by `context`: the general text is `default`; see messages.ts.

const INTEGRATIONS = 'Administration › Integrationen';

export const errorMessagesDe = {
  VALIDATION_FAILED: {
    default: 'Die Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.',
    field: '{{detail}}',
    afterOrBefore: 'Bitte nur „after“ oder „before“ angeben.',
  },
  MALFORMED_JSON: 'Die Anfrage enthält kein gültiges JSON.',
  UNSUPPORTED_MEDIA_TYPE: 'Die Anfrage muss JSON (application/json) senden.',
  BODY_TOO_LARGE: 'Die Anfrage ist zu groß.',
  UNAUTHENTICATED: 'Bitte melden Sie sich an.',
  INVALID_CREDENTIALS: 'E-Mail oder Passwort ist falsch.',
  FORBIDDEN: {
    default: 'Dafür fehlt Ihnen die Berechtigung.',
    manageProject: 'Sie können nur Projekte bearbeiten, die Sie leiten.',
    ownRates: 'Sie können nur Ihre eigenen Sätze abfragen.',
    bookSelf: 'Sie können nur für sich selbst buchen.',
  },
  CSRF_REJECTED: 'Die Anfrage kam nicht von dieser Anwendung und wurde abgelehnt.',
  LOGIN_RATE_LIMITED:
    'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
  RATE_LIMITED: 'Zu viele Anfragen. Bitte versuchen Sie es gleich noch einmal.',
  NOT_FOUND: {
    default: 'Nicht gefunden.',
    booking: 'Diese Buchung gibt es nicht.',
    billingRun: 'Diesen Abrechnungslauf gibt es nicht.',
    customer: 'Diesen Kunden gibt es nicht.',
    customerImport: 'Diesen Kundenimport gibt es nicht.',
    employee: 'Diesen Mitarbeiter gibt es nicht.',
    export: 'Diesen Export gibt es nicht.',
    project: 'Dieses Projekt gibt es nicht.',
    task: 'Diese Aufgabe gibt es nicht.',
  },
  EMAIL_TAKEN: 'Diese E-Mail-Adresse ist bereits vergeben.',
  CANNOT_DEACTIVATE_SELF: 'Sie können Ihr eigenes Konto nicht deaktivieren.',
  LAST_ADMIN: 'Es muss mindestens ein aktiver Administrator bleiben.',
  // billomat connection (issue 5)
  BILLOMAT_NOT_CONNECTED: `billomat ist nicht verbunden. Bitte verbinden Sie billomat unter ${INTEGRATIONS}.`,
  BILLOMAT_KEY_UNREADABLE: `Der gespeicherte API Key kann nicht mehr entschlüsselt werden (APP_SECRET geändert?). Bitte tragen Sie ihn unter ${INTEGRATIONS} neu ein.`,
  // Customers, projects, tasks, bookings (issue 3)
  CUSTOMER_READ_ONLY:
    'Dieser Kunde stammt aus billomat und ist hier schreibgeschützt. Ändern Sie ihn in billomat und importieren Sie die Kunden erneut.',
  CUSTOMER_IN_USE: 'Der Kunde wird noch von Projekten verwendet und kann nicht gelöscht werden.',
  PROJECT_NUMBER_TAKEN: 'Diese Projektnummer ist bereits vergeben.',
  TASK_HAS_BOOKINGS: {
    default: 'Die Aufgabe hat bereits Buchungen und kann nicht entfernt werden.',
    removed: 'Eine entfernte Aufgabe hat bereits Buchungen und kann nicht gelöscht werden.',
  },
  TASK_NAME_TAKEN: 'Diese Aufgabe gibt es schon.',
  PROJECT_NOT_RUNNING: 'Auf dieses Projekt kann nicht gebucht werden, weil es nicht läuft.',
  BOOKING_BEFORE_START: 'Das Projekt beginnt am {{date}}. Bitte ein Datum ab dann wählen.',
  BUDGET_EXCEEDED: {
    default: 'Das Budget des Projekts reicht für diese Buchung nicht.',
    exhausted: 'Das Budget des Projekts ist aufgebraucht.',
    // {{left}} is an amount or hours: "1.187,50 €." / "7,50 Std." (no second full stop)
    leftAmount: 'Das Budget reicht nur noch für {{left}}.',
    leftHours: 'Das Budget reicht nur noch für {{left}}',
  },
  TASK_REQUIRED: 'Bitte eine Aufgabe wählen.',
  TASK_NOT_ALLOWED: 'Dieses Projekt verwendet keine Aufgaben.',
  TASK_NOT_IN_PROJECT: {
    default: 'Die Aufgabe gehört nicht zu diesem Projekt.',
    this: 'Diese Aufgabe gehört nicht zu diesem Projekt.',
  },
  NOT_PROJECT_MEMBER: {
    default: 'Der Mitarbeiter ist diesem Projekt nicht zugeordnet.',
    self: 'Sie sind diesem Projekt nicht zugeordnet.',
  },
  BOOKING_LOCKED: 'Die Buchung wird gerade exportiert und kann nicht geändert werden.',
  BOOKING_ALREADY_BILLED: {
    default: 'Die Buchung ist bereits abgerechnet. Nur ein Administrator kann sie noch ändern.',
    delete: 'Abgerechnete Buchungen können nicht gelöscht werden. Machen Sie zuerst den Export rückgängig.',
  },
  BOOKING_VERSION_CONFLICT:
    'Die Buchung wurde inzwischen geändert. Bitte laden Sie sie neu und versuchen Sie es erneut.',
  // Exports to billomat (issue 7)
  PREVIEW_OUTDATED:
    'Seit der Vorschau wurden ausgewählte Buchungen oder Einstellungen geändert. Bitte prüfen Sie die aktualisierte Vorschau und exportieren Sie erneut.',
  BOOKINGS_ALREADY_CLAIMED:
    'Einige ausgewählte Buchungen werden gerade von einem anderen Export abgerechnet oder sind bereits abgerechnet. Bitte laden Sie die Auswahl neu.',
  SELECTION_RANGE_TOO_LARGE:
    'Dieser Bereich umfasst mehr als {{max}} Buchungen. Bitte wählen Sie „alle gefilterten auswählen“ und wählen Sie einzelne Buchungen ab.',
  EXPORT_BLOCKED: {
    default: 'Der Export ist so nicht möglich. Bitte beheben Sie die in der Vorschau genannten Punkte.',
    because: '{{blockers}}',
  },
  EXPORT_NOT_CREATED: {
    default:
      'billomat hat die Rechnung nicht angelegt. Die Buchungen sind wieder offen; Sie können den Export erneut starten.',
    because: '{{cause}}',
  },
  EXPORT_OUTCOME_UNKNOWN:
    'Unklar, ob billomat die Rechnung angelegt hat – wir prüfen das automatisch. Die Buchungen bleiben reserviert; bitte versuchen Sie es in einigen Minuten über „Erneut versuchen“.',
  EXPORT_NOT_UNDOABLE: 'Dieser Export hat keine Rechnung in billomat, die rückgängig gemacht werden könnte.',
  EXPORT_UNDO_OUTCOME_UNKNOWN:
    'Unklar, ob billomat die Rechnung gelöscht bzw. storniert hat. Bitte klicken Sie erneut auf „Rückgängig machen“ – es wird zuerst in billomat nachgesehen.',
  EXPORT_NOT_RETRYABLE: 'Dieser Export wurde rückgängig gemacht. Bitte starten Sie einen neuen Export.',
  // Customer import (issue 6)
  CUSTOMER_IMPORT_RUNNING:
    'Ein Kundenimport läuft bereits auf einem anderen Server. Bitte warten Sie, bis er beendet ist, und starten Sie ihn dann erneut.',
  CUSTOMER_IMPORT_ABORTED:
    'Der Kundenimport wurde unterbrochen (der Server wurde beendet). Bitte starten Sie den Import erneut.',
  CUSTOMER_RELINK_NOT_READY:
    'Dieser Kundenimport ist nicht abgeschlossen. Bitte warten Sie, bis er beendet ist.',
  CUSTOMER_RELINK_ACCOUNT_CHANGED:
    'Seit diesem Import ist ein anderes billomat-Konto verbunden. Bitte importieren Sie die Kunden erneut und bestätigen Sie die Verknüpfung dann.',
  // billomat accounts (issue 19)
  BILLOMAT_ACCOUNT_SWITCH_UNCONFIRMED:
    'Sie verbinden ein anderes billomat-Konto. Bitte bestätigen Sie den Wechsel im Dialog, nachdem Sie gelesen haben, was er bedeutet.',
  BILLOMAT_ACCOUNT_SWITCH_PENDING: {
    default:
      'Im bisherigen billomat-Konto sind noch Exporte ungeklärt. Bitte warten Sie, bis billomat wieder erreichbar ist, und versuchen Sie den Wechsel dann erneut.',
    // {{account}}: the connected account, {{count}} its unresolved exports
    one: 'Im billomat-Konto „{{account}}“ ist noch 1 Export ungeklärt (billomat antwortet nicht eindeutig). Bitte versuchen Sie den Wechsel später erneut; bis dahin bleibt „{{account}}“ verbunden.',
    other:
      'Im billomat-Konto „{{account}}“ sind noch {{count}} Exporte ungeklärt (billomat antwortet nicht eindeutig). Bitte versuchen Sie den Wechsel später erneut; bis dahin bleibt „{{account}}“ verbunden.',
  },
  BILLOMAT_ACCOUNT_SWITCH_BUSY:
    'Gerade laufen ein Abrechnungslauf oder ein Kundenimport. Bitte warten Sie, bis sie beendet sind, und wechseln Sie das billomat-Konto dann.',
  BILLOMAT_ACCOUNT_CHANGED: {
    default:
      'Dieser Export gehört zu einem anderen billomat-Konto als dem verbundenen. Bitte verbinden Sie wieder dieses Konto, um ihn zu bearbeiten.',
    accounts:
      'Diese Rechnung gehört zum billomat-Konto „{{account}}“; verbunden ist „{{connected}}“. Bitte verbinden Sie wieder „{{account}}“, um sie in billomat zu ändern.',
  },
  // Übersicht (issue 8)
  INVOICE_NOT_CANCELLED:
    'Die Rechnung ist in billomat nicht storniert. Bitte aktualisieren Sie den Status oder machen Sie den Export rückgängig.',
  // Abrechnungslauf (issue 9)
  BILLING_RUN_ACTIVE:
    'Es läuft bereits ein Abrechnungslauf. Bitte warten Sie, bis er beendet ist, oder brechen Sie ihn ab.',
  BILLING_RUN_NOT_ACTIVE: 'Dieser Abrechnungslauf ist bereits beendet.',
  BILLING_RUN_NOTHING_TO_DO:
    'Keines der ausgewählten Projekte hat offene abrechenbare Stunden bis zum Stichtag. Bitte laden Sie die Vorschau neu.',
  INTERNAL: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
  // The SPA's own: no answer at all, or one without our error shape.
  NETWORK: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',
  HTTP_ERROR: 'Fehler {{status}}',
} as const;
