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
