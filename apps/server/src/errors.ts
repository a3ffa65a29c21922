import type { FieldError } from '@plainstaff/contracts/errors';

/**
 * The catalogue of error codes. Services throw `AppError(code)`; plugins/error-handler.ts is the only
 * place where an error becomes HTTP. Messages are German (the default UI language); the SPA may
 * translate by code.
 */
export const errorCatalog = {
  VALIDATION_FAILED: {
    status: 400,
    message: 'Die Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.',
  },
  MALFORMED_JSON: { status: 400, message: 'Die Anfrage enthält kein gültiges JSON.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Die Anfrage muss JSON (application/json) senden.' },
  BODY_TOO_LARGE: { status: 413, message: 'Die Anfrage ist zu groß.' },
  UNAUTHENTICATED: { status: 401, message: 'Bitte melden Sie sich an.' },
  INVALID_CREDENTIALS: { status: 401, message: 'E-Mail oder Passwort ist falsch.' },
  FORBIDDEN: { status: 403, message: 'Dafür fehlt Ihnen die Berechtigung.' },
  CSRF_REJECTED: { status: 403, message: 'Die Anfrage kam nicht von dieser Anwendung und wurde abgelehnt.' },
  LOGIN_RATE_LIMITED: {
    status: 429,
    message: 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
  },
  RATE_LIMITED: { status: 429, message: 'Zu viele Anfragen. Bitte versuchen Sie es gleich noch einmal.' },
  NOT_FOUND: { status: 404, message: 'Nicht gefunden.' },
  EMAIL_TAKEN: { status: 409, message: 'Diese E-Mail-Adresse ist bereits vergeben.' },
  CANNOT_DEACTIVATE_SELF: { status: 409, message: 'Sie können Ihr eigenes Konto nicht deaktivieren.' },
  LAST_ADMIN: { status: 409, message: 'Es muss mindestens ein aktiver Administrator bleiben.' },
  // billomat connection (issue 5)
  BILLOMAT_NOT_CONNECTED: {
    status: 409,
    message:
      'billomat ist nicht verbunden. Bitte verbinden Sie billomat unter Administration › Integrationen.',
  },
  BILLOMAT_KEY_UNREADABLE: {
    status: 409,
    message:
      'Der gespeicherte API Key kann nicht mehr entschlüsselt werden (APP_SECRET geändert?). Bitte tragen Sie ihn unter Administration › Integrationen neu ein.',
  },
  // Never 401: that status means "our session ended" to the SPA.
  BILLOMAT_AUTH: {
    status: 422,
    message: 'billomat hat den API Key abgelehnt. Bitte prüfen Sie ihn unter Administration › Integrationen.',
  },
  BILLOMAT_NOT_FOUND: { status: 422, message: 'Der Datensatz wurde in billomat nicht gefunden.' },
  BILLOMAT_VALIDATION: {
    status: 422,
    message: 'billomat hat die Daten abgelehnt. Bitte korrigieren Sie die Angaben.',
  },
  BILLOMAT_QUOTA: {
    status: 422,
    message: 'Ihr billomat-Tarif hat keine freie Kapazität mehr. Bitte erweitern Sie den Tarif in billomat.',
  },
  BILLOMAT_RATE_LIMITED: {
    status: 429,
    message: 'Das billomat-Anfragelimit ist erreicht. Bitte versuchen Sie es in einer Viertelstunde erneut.',
  },
  BILLOMAT_UNAVAILABLE: {
    status: 502,
    message: 'billomat ist nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.',
  },
  BILLOMAT_BAD_ANSWER: {
    status: 502,
    message: 'billomat hat eine unerwartete Antwort geschickt. Bitte versuchen Sie es später erneut.',
  },
  BILLOMAT_TIMEOUT: {
    status: 504,
    message: 'billomat hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es später erneut.',
  },
  BILLOMAT_PROXY_PATH_FORBIDDEN: {
    status: 403,
    message: 'Diese billomat-Abfrage ist über PlainStaff nicht freigegeben.',
  },
  BILLOMAT_PROXY_METHOD_NOT_ALLOWED: {
    status: 405,
    message: 'Über PlainStaff können billomat-Daten nur gelesen werden.',
  },
  // Customers, projects, tasks, bookings (issue 3)
  CUSTOMER_READ_ONLY: {
    status: 409,
    message:
      'Dieser Kunde stammt aus billomat und ist hier schreibgeschützt. Ändern Sie ihn in billomat und importieren Sie die Kunden erneut.',
  },
  CUSTOMER_IN_USE: {
    status: 409,
    message: 'Der Kunde wird noch von Projekten verwendet und kann nicht gelöscht werden.',
  },
  PROJECT_NUMBER_TAKEN: { status: 409, message: 'Diese Projektnummer ist bereits vergeben.' },
  TASK_HAS_BOOKINGS: {
    status: 409,
    message: 'Die Aufgabe hat bereits Buchungen und kann nicht entfernt werden.',
  },
  PROJECT_NOT_RUNNING: {
    status: 409,
    message: 'Auf dieses Projekt kann nicht gebucht werden, weil es nicht läuft.',
  },
  BOOKING_BEFORE_START: {
    status: 409,
    message: 'Das Datum liegt vor dem Projektstart. Bitte ein späteres Datum wählen.',
  },
  BUDGET_EXCEEDED: { status: 409, message: 'Das Budget des Projekts reicht für diese Buchung nicht.' },
  TASK_REQUIRED: { status: 400, message: 'Bitte eine Aufgabe wählen.' },
  TASK_NOT_ALLOWED: { status: 400, message: 'Dieses Projekt verwendet keine Aufgaben.' },
  TASK_NOT_IN_PROJECT: { status: 400, message: 'Die Aufgabe gehört nicht zu diesem Projekt.' },
  NOT_PROJECT_MEMBER: {
    status: 403,
    message: 'Der Mitarbeiter ist diesem Projekt nicht zugeordnet.',
  },
  BOOKING_LOCKED: {
    status: 409,
    message: 'Die Buchung wird gerade exportiert und kann nicht geändert werden.',
  },
  BOOKING_ALREADY_BILLED: {
    status: 409,
    message: 'Die Buchung ist bereits abgerechnet. Nur ein Administrator kann sie noch ändern.',
  },
  BOOKING_VERSION_CONFLICT: {
    status: 409,
    message: 'Die Buchung wurde inzwischen geändert. Bitte laden Sie sie neu und versuchen Sie es erneut.',
  },
  // Exports to billomat (issue 7)
  PREVIEW_OUTDATED: {
    status: 409,
    message:
      'Seit der Vorschau wurden ausgewählte Buchungen oder Einstellungen geändert. Bitte prüfen Sie die aktualisierte Vorschau und exportieren Sie erneut.',
  },
  BOOKINGS_ALREADY_CLAIMED: {
    status: 409,
    message:
      'Einige ausgewählte Buchungen werden gerade von einem anderen Export abgerechnet oder sind bereits abgerechnet. Bitte laden Sie die Auswahl neu.',
  },
  SELECTION_RANGE_TOO_LARGE: {
    status: 400,
    message:
      'Dieser Bereich umfasst mehr als 10.000 Buchungen. Bitte wählen Sie „alle gefilterten auswählen“ und wählen Sie einzelne Buchungen ab.',
  },
  EXPORT_BLOCKED: {
    status: 409,
    message: 'Der Export ist so nicht möglich. Bitte beheben Sie die in der Vorschau genannten Punkte.',
  },
  EXPORT_NOT_CREATED: {
    status: 502,
    message:
      'billomat hat die Rechnung nicht angelegt. Die Buchungen sind wieder offen; Sie können den Export erneut starten.',
  },
  EXPORT_OUTCOME_UNKNOWN: {
    status: 409,
    message:
      'Unklar, ob billomat die Rechnung angelegt hat – wir prüfen das automatisch. Die Buchungen bleiben reserviert; bitte versuchen Sie es in einigen Minuten über „Erneut versuchen“.',
  },
  EXPORT_NOT_UNDOABLE: {
    status: 409,
    message: 'Dieser Export hat keine Rechnung in billomat, die rückgängig gemacht werden könnte.',
  },
  EXPORT_UNDO_OUTCOME_UNKNOWN: {
    status: 502,
    message:
      'Unklar, ob billomat die Rechnung gelöscht bzw. storniert hat. Bitte klicken Sie erneut auf „Rückgängig machen“ – es wird zuerst in billomat nachgesehen.',
  },
  EXPORT_NOT_RETRYABLE: {
    status: 409,
    message: 'Dieser Export wurde rückgängig gemacht. Bitte starten Sie einen neuen Export.',
  },
  // Customer import (issue 6)
  CUSTOMER_IMPORT_RUNNING: {
    status: 409,
    message:
      'Ein Kundenimport läuft bereits auf einem anderen Server. Bitte warten Sie, bis er beendet ist, und starten Sie ihn dann erneut.',
  },
  CUSTOMER_IMPORT_ABORTED: {
    status: 500,
    message:
      'Der Kundenimport wurde unterbrochen (der Server wurde beendet). Bitte starten Sie den Import erneut.',
  },
  CUSTOMER_RELINK_NOT_READY: {
    status: 409,
    message: 'Dieser Kundenimport ist nicht abgeschlossen. Bitte warten Sie, bis er beendet ist.',
  },
  CUSTOMER_RELINK_ACCOUNT_CHANGED: {
    status: 409,
    message:
      'Seit diesem Import ist ein anderes billomat-Konto verbunden. Bitte importieren Sie die Kunden erneut und bestätigen Sie die Verknüpfung dann.',
  },
  // billomat accounts (issue 19)
  BILLOMAT_ACCOUNT_SWITCH_UNCONFIRMED: {
    status: 409,
    message:
      'Sie verbinden ein anderes billomat-Konto. Bitte bestätigen Sie den Wechsel im Dialog, nachdem Sie gelesen haben, was er bedeutet.',
  },
  BILLOMAT_ACCOUNT_SWITCH_PENDING: {
    status: 409,
    message:
      'Im bisherigen billomat-Konto sind noch Exporte ungeklärt. Bitte warten Sie, bis billomat wieder erreichbar ist, und versuchen Sie den Wechsel dann erneut.',
  },
  BILLOMAT_ACCOUNT_SWITCH_BUSY: {
    status: 409,
    message:
      'Gerade laufen ein Abrechnungslauf oder ein Kundenimport. Bitte warten Sie, bis sie beendet sind, und wechseln Sie das billomat-Konto dann.',
  },
  BILLOMAT_ACCOUNT_CHANGED: {
    status: 409,
    message:
      'Dieser Export gehört zu einem anderen billomat-Konto als dem verbundenen. Bitte verbinden Sie wieder dieses Konto, um ihn zu bearbeiten.',
  },
  CUSTOMER_DELETED_IN_BILLOMAT: {
    status: 422,
    message:
      'Der Kunde wurde in billomat gelöscht. Die Buchungen sind wieder offen. Bitte importieren Sie die Kunden erneut und ordnen Sie dem Projekt einen vorhandenen Kunden zu.',
  },
  // Übersicht (issue 8)
  INVOICE_NOT_CANCELLED: {
    status: 409,
    message:
      'Die Rechnung ist in billomat nicht storniert. Bitte aktualisieren Sie den Status oder machen Sie den Export rückgängig.',
  },
  // Abrechnungslauf (issue 9)
  BILLING_RUN_ACTIVE: {
    status: 409,
    message:
      'Es läuft bereits ein Abrechnungslauf. Bitte warten Sie, bis er beendet ist, oder brechen Sie ihn ab.',
  },
  BILLING_RUN_NOT_ACTIVE: { status: 409, message: 'Dieser Abrechnungslauf ist bereits beendet.' },
  BILLING_RUN_NOTHING_TO_DO: {
    status: 409,
    message:
      'Keines der ausgewählten Projekte hat offene abrechenbare Stunden bis zum Stichtag. Bitte laden Sie die Vorschau neu.',
  },
  INTERNAL: { status: 500, message: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es erneut.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: FieldError[],
    readonly retryAt?: Date,
  ) {
    super(message ?? errorCatalog[code].message);
    this.statusCode = errorCatalog[code].status;
  }
}

/** A validation failure on one field, in the contract shape. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ field, message }]);
}
