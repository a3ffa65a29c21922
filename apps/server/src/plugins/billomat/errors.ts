import { isBillomatError, isBillomatRateLimitError, type BillomatErrorKind } from '@plainstaff/billomat';
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

/**
 * The one place where a billomat failure becomes an HTTP error: the client's German `userMessage`
 * (which carries no credentials) goes to the user; anything that is not a billomat error passes through.
 */
export function toBillomatAppError(err: unknown): unknown {
  if (!isBillomatError(err)) return err;
  const retryAt = isBillomatRateLimitError(err) ? err.resetAt : undefined;
  return new AppError(codeByKind[err.kind], err.userMessage, undefined, retryAt);
}

/** Runs a billomat call and rethrows its failure as the matching AppError. */
export async function mapBillomatErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toBillomatAppError(err);
  }
}
