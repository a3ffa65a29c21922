import type { AccountConfig } from './state/types';

/** The demo key is published on purpose (README, start banner); it protects nothing. */
export const DEMO_ACCOUNT: AccountConfig = {
  billomatId: 'demo',
  apiKey: 'demo-0123456789abcdef0123456789abcdef',
  accountName: 'Demo Agentur GmbH',
  clientCount: 40,
  seed: 42,
};
