import type { Kysely } from 'kysely';
import {
  MAX_SELECTION_IDS,
  type ExportBookingPage,
  type ExportFilter,
  type GridRange,
  type SelectionTotals,
} from '@plainstaff/contracts/export-selection';
import type { BillingRoundingValue, ExportSetup } from '@plainstaff/contracts/exports';
import type { ExportBookingsQuerySchema } from '@plainstaff/contracts/export-selection';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import type { Database } from '../../../db/database';
import { AppError } from '../../../errors';
import type { BillomatApi } from '../../../plugins/billomat';
import { profilesRepository } from '../profiles.repository';
import { gridRepository } from './grid.repository';
import { toGridRow } from './grid.mapper';
import { cursorOf } from './predicate';
import { selectionTotals } from './totals.repository';

export type PageQuery = ReturnType<(typeof ExportBookingsQuerySchema)['parse']>;

/** The export page's reads: its set-up, the grid's pages, shift-click ranges and the selection's totals. */
/**
 * billomat's web address of the account an invoice was created in: an invoice of a previously
 * connected account links there (only a link; no key is sent anywhere). Exports from before accounts
 * were recorded belong to the connected one.
 */
export async function invoiceUrlBase(
  billomat: BillomatApi,
): Promise<(account: string | null) => string | null> {
  const settings = await billomat.getSettings().catch(() => null);
  return (account) => {
    const id = account ?? settings?.billomatId ?? null;
    return id ? billomat.baseUrlFor(id) : null;
  };
}

export function pageService(db: Kysely<Database>, billomat: BillomatApi) {
  const grid = gridRepository(db);
  return {
    async setup(projectId: number): Promise<ExportSetup> {
      const settings = await billomat.getSettings().catch(() => null);
      return {
        profile: await profilesRepository(db).get(projectId),
        defaults: {
          completeInBillomat: settings?.completeInvoices ?? false,
          invoiceDate: new Date().toISOString().slice(0, 10),
        },
      };
    },

    async page(projectId: number, q: PageQuery): Promise<ExportBookingPage> {
      if (q.after && q.before) throw new AppError('VALIDATION_FAILED', { context: 'afterOrBefore' });
      const { after, before, limit, rounding, ...filter } = q;
      const { items, more } = await grid.page(projectId, filter, rounding, { after, before }, limit);
      const urlBase = await invoiceUrlBase(billomat);
      const first = items[0];
      const last = items[items.length - 1];
      const forward = before === undefined;
      return {
        items: items.map((r) => toGridRow(r, urlBase)),
        // Walking forward, a row exists before the first (the cursor's); walking back, after the last.
        nextCursor: last && (forward ? more : true) ? cursorOf(last) : null,
        previousCursor: first && (forward ? after !== undefined : more) ? cursorOf(first) : null,
      };
    },

    async range(projectId: number, filter: ExportFilter, from: string, to: string): Promise<GridRange> {
      const ids = await grid.idsBetween(projectId, filter, from, to, MAX_SELECTION_IDS);
      if (ids.length > MAX_SELECTION_IDS) throw new AppError('SELECTION_RANGE_TOO_LARGE');
      return { ids };
    },

    totals: (
      projectId: number,
      selection: ExportSelection,
      rounding: BillingRoundingValue,
    ): Promise<SelectionTotals> => selectionTotals(db, projectId, selection, rounding),
  };
}
