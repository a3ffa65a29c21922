/** Accounts the contract tests start the sandbox with (see apps/billomat-sandbox AccountConfig). */
export const ACCOUNTS = {
  big: {
    billomatId: 'acme',
    apiKey: 'acme-key-0123456789abcdef',
    clientCount: 10_000,
    rateLimit: { quota: 1000 },
  },
  small: { billomatId: 'small', apiKey: 'small-key-0123456789abcdef', clientCount: 3 },
  one: { billomatId: 'one', apiKey: 'one-key-0123456789abcdef', clientCount: 1 },
  none: { billomatId: 'none', apiKey: 'none-key-0123456789abcdef', clientCount: 0 },
  noecho: {
    billomatId: 'noecho',
    apiKey: 'noecho-key-0123456789abcdef',
    clientCount: 2,
    echoCustomfieldOnCreate: false,
  },
  full: { billomatId: 'full', apiKey: 'full-key-0123456789abcdef', clientCount: 2, documentQuota: 0 },
  short: {
    billomatId: 'short',
    apiKey: 'short-key-0123456789abcdef',
    clientCount: 2,
    rateLimit: { quota: 3, windowMs: 2000 },
  },
  long: { billomatId: 'long', apiKey: 'long-key-0123456789abcdef', clientCount: 2, rateLimit: { quota: 2 } },
} as const;

export const FIRST_CLIENT_ID = 3_527_529;
