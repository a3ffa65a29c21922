import type { FieldError } from '@plainstaff/contracts/errors';
import { nested, type MessageParams, type MessageRef } from '@plainstaff/contracts/messages';
import { coded, germanText, type MessageCode } from '@plainstaff/contracts/messages/catalog';

/**
 * The error codes and their HTTP status. Services throw `AppError(code, params)`; plugins/error-handler.ts
 * is the only place where an error becomes HTTP. The texts (German fallback) live with every other
 * message in packages/contracts/src/messages/*.de.ts, the SPA's translations in locales/<lng>/messages.json.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BODY_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  LOGIN_RATE_LIMITED: 429,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  CANNOT_DEACTIVATE_SELF: 409,
  LAST_ADMIN: 409,
  // billomat connection (issue 5)
  BILLOMAT_NOT_CONNECTED: 409,
  BILLOMAT_KEY_UNREADABLE: 409,
  // billomat failures (packages/billomat's kinds; plugins/billomat/errors.ts). Never 401: that status
  // means "our session ended" to the SPA.
  BILLOMAT_AUTH: 422,
  BILLOMAT_NOT_FOUND: 422,
  BILLOMAT_VALIDATION: 422,
  BILLOMAT_QUOTA: 422,
  BILLOMAT_RATE_LIMITED: 429,
  BILLOMAT_UNAVAILABLE: 502,
  BILLOMAT_BAD_ANSWER: 502,
  BILLOMAT_TIMEOUT: 504,
  // Customers, projects, tasks, bookings (issue 3)
  CUSTOMER_READ_ONLY: 409,
  CUSTOMER_IN_USE: 409,
  PROJECT_NUMBER_TAKEN: 409,
  TASK_HAS_BOOKINGS: 409,
  TASK_NAME_TAKEN: 409,
  PROJECT_NOT_RUNNING: 409,
  BOOKING_BEFORE_START: 409,
  BUDGET_EXCEEDED: 409,
  TASK_REQUIRED: 400,
  TASK_NOT_ALLOWED: 400,
  TASK_NOT_IN_PROJECT: 400,
  NOT_PROJECT_MEMBER: 403,
  BOOKING_LOCKED: 409,
  BOOKING_ALREADY_BILLED: 409,
  BOOKING_VERSION_CONFLICT: 409,
  // Exports to billomat (issue 7)
  PREVIEW_OUTDATED: 409,
  BOOKINGS_ALREADY_CLAIMED: 409,
  SELECTION_RANGE_TOO_LARGE: 400,
  EXPORT_BLOCKED: 409,
  EXPORT_NOT_CREATED: 502,
  EXPORT_OUTCOME_UNKNOWN: 409,
  EXPORT_NOT_UNDOABLE: 409,
  EXPORT_UNDO_OUTCOME_UNKNOWN: 502,
  EXPORT_NOT_RETRYABLE: 409,
  // Customer import (issue 6)
  CUSTOMER_IMPORT_RUNNING: 409,
  CUSTOMER_IMPORT_ABORTED: 500,
  CUSTOMER_RELINK_NOT_READY: 409,
  CUSTOMER_RELINK_ACCOUNT_CHANGED: 409,
  // billomat accounts (issue 19)
  BILLOMAT_ACCOUNT_SWITCH_UNCONFIRMED: 409,
  BILLOMAT_ACCOUNT_SWITCH_PENDING: 409,
  BILLOMAT_ACCOUNT_SWITCH_BUSY: 409,
  BILLOMAT_ACCOUNT_CHANGED: 409,
  CUSTOMER_DELETED_IN_BILLOMAT: 422,
  // Übersicht (issue 8)
  INVOICE_NOT_CANCELLED: 409,
  // Abrechnungslauf (issue 9)
  BILLING_RUN_ACTIVE: 409,
  BILLING_RUN_NOT_ACTIVE: 409,
  BILLING_RUN_NOTHING_TO_DO: 409,
  INTERNAL: 500,
} as const satisfies Partial<Record<MessageCode, number>>;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly statusCode: number;
  /** The German text is the Error's message (logs); the wire carries code + params as well. */
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly details?: FieldError[],
    readonly retryAt?: Date,
  ) {
    super(germanText(code, params));
    this.statusCode = errorStatus[code];
  }

  /** code + params: to store with an export or run, or to nest in another message. */
  get ref(): MessageRef {
    return { code: this.code, params: this.params };
  }
}

/** A validation failure on one field, in the contract shape. */
export function fieldError(field: string, code: MessageCode, params: MessageParams = {}): AppError {
  const detail = coded(code, params);
  return new AppError('VALIDATION_FAILED', { context: 'field', detail: nested(detail) }, [
    { field, ...detail },
  ]);
}

/** A rule that one field breaks: the error and the field say the same. */
export function ruleError(code: ErrorCode, field: string, params: MessageParams = {}): AppError {
  return new AppError(code, params, [{ field, ...coded(code, params) }]);
}
