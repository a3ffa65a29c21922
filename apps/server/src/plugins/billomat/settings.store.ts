import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { open, seal } from '../../lib/crypto';
import { settingsRepository, type SettingsPatch, type SettingsRow } from './settings.repository';

// Binds the ciphertext to its column: a value copied elsewhere does not decrypt.
const AAD = 'integration_settings.api_key';

export interface BillomatConnection {
  billomatId: string;
  apiKey: string;
  vatRateBp: number;
  printProjectDescription: boolean;
  completeInvoices: boolean;
  templateId: number | null;
  accountName: string | null;
}

export interface SettingsValues {
  billomatId: string;
  vatRateBp: number;
  printProjectDescription: boolean;
  completeInvoices: boolean;
  templateId: number | null;
}

export type SettingsStore = ReturnType<typeof settingsStore>;

/** The settings row with the key encrypted at rest; decryption happens only here. */
export function settingsStore(db: Kysely<Database>, key: Buffer) {
  const repo = settingsRepository(db);

  function decrypt(row: SettingsRow): string | null {
    if (!row.api_key_ciphertext || !row.api_key_iv || !row.api_key_tag) return null;
    try {
      return open(key, { ciphertext: row.api_key_ciphertext, iv: row.api_key_iv, tag: row.api_key_tag }, AAD);
    } catch {
      throw new AppError('BILLOMAT_KEY_UNREADABLE');
    }
  }

  return {
    /** The raw row (ciphertext only) or undefined before the first save. */
    row: () => repo.find(),

    async connection(): Promise<BillomatConnection | null> {
      const row = await repo.find();
      if (!row?.billomat_id) return null;
      const apiKey = decrypt(row);
      if (!apiKey) return null;
      return {
        billomatId: row.billomat_id,
        apiKey,
        vatRateBp: row.vat_rate_bp,
        printProjectDescription: row.print_project_description === 1,
        completeInvoices: row.complete_invoices === 1,
        templateId: row.template_id,
        accountName: row.account_name,
      };
    },

    /** The saved key (decrypted) for a connection test of unsaved values with "keep the saved key". */
    async savedApiKey(): Promise<string | null> {
      const row = await repo.find();
      return row ? decrypt(row) : null;
    },

    /** `apiKey: null` keeps the saved key. */
    async save(values: SettingsValues, apiKey: string | null, accountName: string | null): Promise<void> {
      const now = new Date().toISOString();
      const existing = await repo.find();
      const patch: SettingsPatch = {
        billomat_id: values.billomatId,
        vat_rate_bp: values.vatRateBp,
        print_project_description: values.printProjectDescription ? 1 : 0,
        complete_invoices: values.completeInvoices ? 1 : 0,
        template_id: values.templateId,
        account_name: accountName,
        connected_at: existing?.connected_at && existing.billomat_id ? existing.connected_at : now,
        last_check_at: accountName ? now : (existing?.last_check_at ?? null),
        last_error: null,
      };
      if (apiKey !== null) {
        const sealed = seal(key, apiKey, AAD);
        Object.assign(patch, {
          api_key_ciphertext: sealed.ciphertext,
          api_key_iv: sealed.iv,
          api_key_tag: sealed.tag,
          api_key_last4: apiKey.slice(-4),
        });
      }
      await repo.upsert(patch);
    },

    /** Remembers the outcome of the last check of the saved connection (shown on the tile). */
    /** `error`: the failure as stored JSON (lib/stored-message.ts). */
    async recordCheck(outcome: { accountName: string } | { error: string }): Promise<void> {
      const now = new Date().toISOString();
      await repo.upsert(
        'accountName' in outcome
          ? { account_name: outcome.accountName, last_check_at: now, last_error: null }
          : { last_check_at: now, last_error: outcome.error },
      );
    },

    /** Forgets the credentials; the row stays so demo seeding does not reconnect on the next start. */
    async disconnect(): Promise<void> {
      await repo.upsert({
        billomat_id: null,
        api_key_ciphertext: null,
        api_key_iv: null,
        api_key_tag: null,
        api_key_last4: null,
        template_id: null,
        account_name: null,
        connected_at: null,
        last_check_at: null,
        last_error: null,
      });
    },
  };
}
