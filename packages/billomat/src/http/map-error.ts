import { BillomatError } from '../errors';
import { userMessage } from '../messages';
import { billomatMessages } from './error-body';

/** Turns a non-2xx, non-429 answer into the matching typed error. */
export function errorForStatus(
  status: number,
  text: string,
  ctx: { request: string; write: boolean; accountLevel: boolean; billomatId: string },
): BillomatError {
  const messages = billomatMessages(text);
  const base = { status, billomatMessages: messages, request: ctx.request };
  if (status >= 500) {
    return new BillomatError('unavailable', {
      ...base,
      outcomeUnknown: ctx.write,
      userMessage: userMessage('unavailable', { status, outcomeUnknown: ctx.write }),
    });
  }
  if (status === 401) return new BillomatError('auth', { ...base, userMessage: userMessage('auth') });
  if (status === 403) {
    // x3ro/billomat: an exhausted plan answers 403 with "insufficient capacity".
    const quota = /insufficient capacity/i.test(text);
    return quota
      ? new BillomatError('quota', { ...base, userMessage: userMessage('quota') })
      : new BillomatError('auth', { ...base, userMessage: userMessage('auth') });
  }
  if (status === 404) {
    // A 404 on the account level means the sub-domain (billomat ID) does not exist.
    const billomatId = ctx.accountLevel ? ctx.billomatId : undefined;
    return new BillomatError('not_found', {
      ...base,
      ...(billomatId ? { missingAccount: billomatId } : {}),
      userMessage: userMessage('not_found', { billomatId }),
    });
  }
  return new BillomatError('validation', { ...base, userMessage: userMessage('validation', { messages }) });
}
