export type BillomatErrorKind =
  | 'auth'
  | 'validation'
  | 'quota'
  | 'not_found'
  | 'rate_limit'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'bad_answer';

export interface BillomatErrorInit {
  status?: number;
  userMessage: string;
  billomatMessages?: string[];
  /** A write may or may not have happened: the caller must look before it tries again. */
  outcomeUnknown?: boolean;
  /** method + path (no query, no credentials) for developers. */
  request?: string;
  /** not_found: the billomat ID whose account does not exist (a 404 on the account level). */
  missingAccount?: string;
}

/** Base of every billomat failure. Carries no credentials: safe to log and serialise. */
export class BillomatError extends Error {
  readonly status: number | undefined;
  readonly userMessage: string;
  readonly billomatMessages: string[];
  readonly outcomeUnknown: boolean;
  readonly missingAccount: string | undefined;

  constructor(
    readonly kind: BillomatErrorKind,
    init: BillomatErrorInit,
  ) {
    const detail = init.billomatMessages?.length ? `: ${init.billomatMessages.join('; ')}` : '';
    super(
      `billomat ${kind}${init.status ? ` (HTTP ${init.status})` : ''} ${init.request ?? ''}${detail}`.trim(),
    );
    this.name = 'BillomatError';
    this.status = init.status;
    this.userMessage = init.userMessage;
    this.billomatMessages = init.billomatMessages ?? [];
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.missingAccount = init.missingAccount;
  }

  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      status: this.status,
      message: this.message,
      userMessage: this.userMessage,
      billomatMessages: this.billomatMessages,
      outcomeUnknown: this.outcomeUnknown,
    };
  }
}

export class BillomatRateLimitError extends BillomatError {
  constructor(
    readonly resetAt: Date,
    init: BillomatErrorInit,
  ) {
    super('rate_limit', init);
    this.name = 'BillomatRateLimitError';
  }

  override toJSON() {
    return { ...super.toJSON(), resetAt: this.resetAt.toISOString() };
  }
}

export function isBillomatError(error: unknown): error is BillomatError {
  return error instanceof BillomatError;
}

export function isBillomatRateLimitError(error: unknown): error is BillomatRateLimitError {
  return error instanceof BillomatRateLimitError;
}
