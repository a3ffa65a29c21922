import {
  isBillomatError,
  isBillomatRateLimitError,
  type BillomatError,
  type BillomatErrorKind,
} from '@plainstaff/billomat';
import { time, type MessageParams } from '@plainstaff/contracts/messages';
import { AppError, type ErrorCode } from '../../errors';

const codeByKind: Record<BillomatErrorKind, ErrorCode> = {
  auth: 'BILLOMAT_AUTH',
  validation: 'BILLOMAT_VALIDATION',
  quota: 'BILLOMAT_QUOTA',
  not_found: 'BILLOMAT_NOT_FOUND',
  rate_limit: 'BILLOMAT_RATE_LIMITED',
  unavailable: 'BILLOMAT_UNAVAILABLE',
  timeout: 'BILLOMAT_TIMEOUT',
  network: 'BILLOMAT_UNAVAILABLE',
  bad_answer: 'BILLOMAT_BAD_ANSWER',
};

/** What the user needs to know of a billomat failure, as params of its code (messages/billomat.de.ts). */
function paramsOf(err: BillomatError): MessageParams {
  const write = err.outcomeUnknown;
  switch (err.kind) {
    case 'validation':
      return err.billomatMessages.length
        ? { context: 'details', messages: err.billomatMessages.join('; ') }
        : {};
    case 'not_found':
      return err.missingAccount ? { context: 'account', billomatId: err.missingAccount } : {};
    case 'rate_limit':
      return isBillomatRateLimitError(err) ? { context: 'at', time: time(err.resetAt) } : {};
    case 'unavailable':
      return { http: err.status ? ` (HTTP ${err.status})` : '', ...(write ? { context: 'write' } : {}) };
    case 'network':
      return { context: write ? 'networkWrite' : 'network' };
    case 'timeout':
    case 'bad_answer':
      return write ? { context: 'write' } : {};
    default:
      return {};
  }
}

/**
 * The one place where a billomat failure becomes our error: a code per kind, with what the user needs
 * (billomat's own messages, the reset time) as params; anything that is not a billomat error passes
 * through.
 */
export function toBillomatAppError(err: unknown): unknown {
  if (!isBillomatError(err)) return err;
  const retryAt = isBillomatRateLimitError(err) ? err.resetAt : undefined;
  return new AppError(codeByKind[err.kind], paramsOf(err), undefined, retryAt);
}

/** The coded message of a billomat failure, to store with an export. */
export function billomatFailure(err: BillomatError): AppError {
  return toBillomatAppError(err) as AppError;
}

/** Runs a billomat call and rethrows its failure as the matching AppError. */
export async function mapBillomatErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toBillomatAppError(err);
  }
}
