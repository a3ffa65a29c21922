import { nested, type MessageRef } from '@plainstaff/contracts/messages';
import { coded } from '@plainstaff/contracts/messages/catalog';

// What the export protocol notes on an export (its `error`), as coded messages (contracts
// messages/exports.de.ts); stored as JSON by transitions.ts.

export const OUTCOME_UNKNOWN: MessageRef = coded('EXPORT_PENDING');

/** Unclear, and why we could not look (billomat's failure). */
export const outcomeUnknownBecause = (cause: MessageRef): MessageRef =>
  coded('EXPORT_PENDING', { context: 'because', cause: nested(cause) });

export const NOT_CREATED: MessageRef = coded('EXPORT_NOT_CREATED');

export const NOT_CONNECTED_PENDING: MessageRef = coded('EXPORT_PENDING', { context: 'notConnected' });

/** Another account is connected now (`cause`: BILLOMAT_ACCOUNT_CHANGED); checked once it is back. */
export const otherAccountPending = (cause: MessageRef): MessageRef =>
  coded('EXPORT_PENDING', { context: 'otherAccount', cause: nested(cause) });
