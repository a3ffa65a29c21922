import fp from 'fastify-plugin';
import { createBillomatClient, type BillomatClient, type BillomatClientOptions } from '@plainstaff/billomat';
import { AppError } from '../../errors';
import { deriveKey } from '../../lib/secrets';
import { quotaGate, quotaState, type QuotaConfig, type QuotaState } from './quota';
import { settingsStore, type BillomatConnection, type SettingsStore } from './settings.store';

export { billomatFailure, mapBillomatErrors, toBillomatAppError } from './errors';
export type { BillomatConnection, SettingsStore } from './settings.store';

/** Client tuning that callers may override (the connection test wants fast, single-shot answers). */
export type ClientTuning = Pick<BillomatClientOptions, 'timeoutMs' | 'maxRetries' | 'maxRateLimitWaitMs'>;

export interface BillomatApi {
  /** The saved connection with the decrypted key, or null when not connected. Server-side only. */
  getSettings(): Promise<BillomatConnection | null>;
  /** A client for the saved connection; throws BILLOMAT_NOT_CONNECTED when there is none. */
  client(tuning?: ClientTuning): Promise<BillomatClient>;
  /**
   * A client for the saved connection, only when it is `account` (the account an export or invoice
   * belongs to; null: recorded before accounts were). Throws BILLOMAT_NOT_CONNECTED, or
   * BILLOMAT_ACCOUNT_CHANGED when another account is connected now: the saved key goes only to its own.
   */
  clientForAccount(account: string | null, tuning?: ClientTuning): Promise<BillomatClient>;
  /** The billomat ID of the saved connection, or null when not connected. */
  connectedAccount(): Promise<string | null>;
  /** A client for explicit credentials (the connection test of values not saved yet). */
  clientFor(billomatId: string, apiKey: string, tuning?: ClientTuning): BillomatClient;
  /** `BILLOMAT_BASE_URL` with `{id}` replaced; a URL without `{id}` is used as it is (PRODUCT §6). */
  baseUrlFor(billomatId: string): string;
  /** Reads and writes the settings row (encrypts the key); for modules/integrations. */
  store: SettingsStore;
  /** What is left of an account's request quota, shared by every instance (null: nothing sent yet). */
  quota(billomatId: string): Promise<QuotaState | null>;
  /** billomat's limit per account and window (BILLOMAT_QUOTA, BILLOMAT_QUOTA_WINDOW). */
  quotaConfig: QuotaConfig;
  /** How long one request may take before its outcome is unclear (BILLOMAT_TIMEOUT_MS). */
  timeoutMs: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    billomat: BillomatApi;
  }
}

export interface BillomatPluginOptions {
  appSecret: string;
  /** config.billomatBaseUrl, e.g. `https://{id}.billomat.net` or the sandbox's `http://127.0.0.1:PORT/{id}`. */
  baseUrl: string;
  quota: QuotaConfig;
  /** Per request; callers may shorten it (the connection test). Default 30 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export default fp<BillomatPluginOptions>(
  async (app, opts) => {
    const store = settingsStore(app.db, deriveKey(opts.appSecret, 'api-key-encryption'));
    const timeoutMs = opts.timeoutMs ?? 30_000;

    const clientFor: BillomatApi['clientFor'] = (billomatId, apiKey, tuning = {}) =>
      createBillomatClient({
        billomatId,
        apiKey,
        baseUrl: opts.baseUrl,
        timeoutMs,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
        ...tuning,
        // Every request of every client counts against the account's quota in the database.
        gate: quotaGate(app.db, billomatId, opts.quota),
      });

    const api: BillomatApi = {
      getSettings: () => store.connection(),
      async client(tuning) {
        const settings = await store.connection();
        if (!settings) throw new AppError('BILLOMAT_NOT_CONNECTED');
        return clientFor(settings.billomatId, settings.apiKey, tuning);
      },
      async clientForAccount(account, tuning) {
        const settings = await store.connection();
        if (!settings) throw new AppError('BILLOMAT_NOT_CONNECTED');
        if (account !== null && account !== settings.billomatId)
          throw new AppError('BILLOMAT_ACCOUNT_CHANGED', {
            context: 'accounts',
            account,
            connected: settings.billomatId,
          });
        return clientFor(settings.billomatId, settings.apiKey, tuning);
      },
      async connectedAccount() {
        const row = await store.row();
        return row?.billomat_id && row.api_key_ciphertext ? row.billomat_id : null;
      },
      clientFor,
      baseUrlFor: (billomatId) => opts.baseUrl.replaceAll('{id}', encodeURIComponent(billomatId)),
      store,
      quota: (billomatId) => quotaState(app.db, billomatId),
      quotaConfig: opts.quota,
      timeoutMs,
    };
    app.decorate('billomat', api);
  },
  { name: 'billomat', dependencies: ['db', 'auth'] },
);
