import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type {
  BillomatAccountSwitch,
  BillomatConnectionTestInput,
  BillomatConnectionTestResult,
  BillomatSettings,
  BillomatSettingsInput,
  BillomatTemplate,
} from '@plainstaff/contracts/integrations';
import { maskApiKey } from '@plainstaff/contracts/integrations';
import type { Database } from '../../db/database';
import { AppError, fieldError } from '../../errors';
import { readMessage, storeMessage } from '../../lib/stored-message';
import {
  mapBillomatErrors,
  toBillomatAppError,
  type BillomatApi,
  type ClientTuning,
} from '../../plugins/billomat';
import { accountSwitchRepository } from './account-switch.repository';

// The dialog waits for the answer: one attempt, no waiting for the next rate-limit window.
const INTERACTIVE: ClientTuning = { timeoutMs: 10_000, maxRetries: 0, maxRateLimitWaitMs: 0 };

/** What a failed check stores for the tile: billomat's coded failure, else a general one. */
const failureOf = (err: unknown) =>
  storeMessage(
    err instanceof AppError ? err.ref : { code: 'INTEGRATION_CHECK_FAILED', params: {} },
  ) as string;

export interface IntegrationsDeps {
  db: Kysely<Database>;
  billomat: BillomatApi;
  log: FastifyBaseLogger;
  /** Looks up every pending export in billomat (the exports module's reconciler), with the saved account. */
  reconcilePending: () => Promise<unknown>;
  /** A billing run or a customer import is running: the account must not change under it. */
  busy: () => Promise<boolean>;
}

export function integrationsService({ db, billomat, log, reconcilePending, busy }: IntegrationsDeps) {
  const store = billomat.store;
  const switches = accountSwitchRepository(db);

  /** The connected account, when `billomatId` is another one; null when nothing would be switched. */
  async function switchingFrom(billomatId: string | undefined): Promise<string | null> {
    const connected = await billomat.connectedAccount();
    return connected !== null && billomatId !== undefined && billomatId !== connected ? connected : null;
  }

  async function impact(from: string | null): Promise<BillomatAccountSwitch> {
    if (!from) return { from: null, linkedCustomers: 0, pendingExports: 0, syncingInvoices: 0 };
    return { from, ...(await switches.impact(from)) };
  }

  /**
   * Switching accounts is an explicit act (issue 19): the key of the new account typed in, the user's
   * confirmation, nothing running, and every export of the old account settled in it first.
   */
  async function prepareSwitch(from: string, input: BillomatSettingsInput): Promise<void> {
    if (input.apiKey === '') throw fieldError('apiKey', 'FIELD_API_KEY_FOR_OTHER_ACCOUNT');
    if (!input.confirmAccountSwitch) throw new AppError('BILLOMAT_ACCOUNT_SWITCH_UNCONFIRMED');
    if (await busy()) throw new AppError('BILLOMAT_ACCOUNT_SWITCH_BUSY');
    if ((await switches.impact(from)).pendingExports > 0) await reconcilePending();
    const { pendingExports } = await switches.impact(from);
    if (pendingExports > 0)
      throw new AppError('BILLOMAT_ACCOUNT_SWITCH_PENDING', { account: from, count: pendingExports });
    log.info({ from, to: input.billomatId }, 'billomat account switch confirmed');
  }

  async function view(): Promise<BillomatSettings> {
    const row = await store.row();
    const connected = Boolean(row?.billomat_id && row.api_key_ciphertext);
    return {
      connected,
      billomatId: row?.billomat_id ?? null,
      apiKeyMasked: connected && row?.api_key_last4 ? maskApiKey(row.api_key_last4) : null,
      vatRateBp: row?.vat_rate_bp ?? 1900,
      printProjectDescription: row?.print_project_description === 1,
      completeInvoices: row?.complete_invoices === 1,
      templateId: row?.template_id ?? null,
      accountName: connected ? (row?.account_name ?? null) : null,
      connectedAt: row?.connected_at ?? null,
      lastCheckAt: row?.last_check_at ?? null,
      lastError: readMessage(row?.last_error ?? null),
    };
  }

  /** Asks billomat who the account is; failures become the coded AppError of plugins/billomat. */
  async function myself(billomatId: string, apiKey: string): Promise<string> {
    const account = await mapBillomatErrors(() =>
      billomat.clientFor(billomatId, apiKey, INTERACTIVE).clients.myself(),
    );
    return account.accountName || billomatId;
  }

  return {
    view,

    /** What saving `billomatId` would switch away from (the settings dialog's confirmation). */
    accountSwitch: async (billomatId: string) => impact(await switchingFrom(billomatId)),

    async save(input: BillomatSettingsInput): Promise<BillomatSettings> {
      const from = await switchingFrom(input.billomatId);
      if (from) await prepareSwitch(from, input);
      const newKey = input.apiKey === '' ? null : input.apiKey;
      const apiKey = newKey ?? (await store.savedApiKey());
      if (!apiKey) throw fieldError('apiKey', 'FIELD_API_KEY_REQUIRED');
      // Saving also checks, so the tile shows the real state; an unreachable billomat does not block saving.
      let accountName: string | null = null;
      let failure: string | null = null;
      try {
        accountName = await myself(input.billomatId, apiKey);
      } catch (err) {
        failure = failureOf(err);
        log.warn({ err: toBillomatAppError(err) }, 'billomat check on save failed');
      }
      await store.save(
        {
          billomatId: input.billomatId,
          vatRateBp: input.vatRate,
          printProjectDescription: input.printProjectDescription,
          completeInvoices: input.completeInvoices,
          // A template id is the old account's: after a switch the user picks one of the new account.
          templateId: from ? null : input.templateId,
        },
        newKey,
        accountName,
      );
      if (failure) await store.recordCheck({ error: failure });
      return view();
    },

    /** Tests the entered ID and key; a missing one is taken from the saved connection. */
    async test(input: BillomatConnectionTestInput): Promise<BillomatConnectionTestResult> {
      const saved = await store.row();
      const billomatId = input.billomatId ?? saved?.billomat_id ?? null;
      if (!billomatId) throw fieldError('billomatId', 'FIELD_BILLOMAT_ID_REQUIRED');
      // The saved key goes only to the account it was saved for: another ID needs its own key typed in.
      if (input.apiKey === '' && saved?.billomat_id && billomatId !== saved.billomat_id)
        throw fieldError('apiKey', 'FIELD_API_KEY_FOR_OTHER_ACCOUNT');
      const apiKey = input.apiKey || (await store.savedApiKey());
      if (!apiKey) throw fieldError('apiKey', 'FIELD_API_KEY_REQUIRED');
      const isSaved = billomatId === saved?.billomat_id && input.apiKey === '';
      try {
        const accountName = await myself(billomatId, apiKey);
        if (isSaved) await store.recordCheck({ accountName });
        return { ok: true, accountName };
      } catch (err) {
        if (isSaved) await store.recordCheck({ error: failureOf(err) });
        throw err;
      }
    },

    disconnect: () => store.disconnect(),

    async templates(): Promise<BillomatTemplate[]> {
      const client = await billomat.client(INTERACTIVE);
      const list = await mapBillomatErrors(() => client.templates.list({ type: 'INVOICE' }));
      return list.map((t) => ({ id: t.id, name: t.name, isDefault: t.isDefault }));
    },
  };
}
