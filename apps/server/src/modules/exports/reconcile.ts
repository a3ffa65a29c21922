import type { FastifyInstance } from 'fastify';
import { isBillomatError, type BillomatClient } from '@plainstaff/billomat';
import { AppError } from '../../errors';
import { exportsRepository, type ExportRow } from './exports.repository';
import { lookupInvoice } from './lookup';
import { NOT_CREATED, OUTCOME_UNKNOWN } from './messages';
import { exportRuntime, singleFlight, withinNotFoundGrace } from './runtime';
import { settleCreated } from './settle';
import { markFailed, notePending } from './transitions';
import { reconcileUndo } from './undo-check';

/** A client for reconciling, or null while billomat is not connected (the export stays pending). */
export async function exportClient(app: FastifyInstance): Promise<BillomatClient | null> {
  try {
    return await app.billomat.client(exportRuntime(app.db).tuning);
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}

/**
 * Resolves one pending export by looking in billomat (never by posting):
 * found → settled as created (customfield set, completed when chosen, bookings billed);
 * definitely absent → failed, bookings released (a retry re-posts under the SAME reference);
 * billomat unreachable or the answer ambiguous → stays pending.
 */
export async function reconcileUnlocked(app: FastifyInstance, exp: ExportRow): Promise<void> {
  if (exp.status !== 'pending') return;
  const client = await exportClient(app);
  if (!client) {
    await notePending(
      app,
      exp.id,
      'billomat ist nicht verbunden; der Export wird geprüft, sobald die Verbindung steht.',
    );
    return;
  }
  try {
    const found = await lookupInvoice(app, client, exp);
    if (found.kind === 'found') await settleCreated(app, client, exp, found.invoice);
    else if (found.kind === 'ambiguous') await notePending(app, exp.id, found.message);
    // Absent, but the POST may still be processed: judge again after the grace (the sweep, a retry).
    else if (withinNotFoundGrace(exportRuntime(app.db), exp.updated_at)) return;
    else await markFailed(app, exp.id, NOT_CREATED);
  } catch (err) {
    if (!isBillomatError(err)) throw err;
    await notePending(app, exp.id, `${OUTCOME_UNKNOWN} ${err.userMessage}`);
  }
}

export async function reconcileExport(
  app: FastifyInstance,
  exportId: number,
): Promise<ExportRow | undefined> {
  const repo = exportsRepository(app.db);
  await singleFlight(exportRuntime(app.db), exportId, async () => {
    const exp = await repo.find(exportId);
    if (exp) await reconcileUnlocked(app, exp);
  });
  return repo.find(exportId);
}

/**
 * Looks up pending exports in billomat. Explicit calls (tests, an operator) take every pending export;
 * the background sweep passes `olderThanMs`, so that with several server instances on one database it
 * never judges an export another instance is still posting: that instance's own protocol run ends
 * within the client timeout, well inside the lease.
 */
export async function reconcilePending(
  app: FastifyInstance,
  opts: { olderThanMs?: number } = {},
): Promise<{ checked: number }> {
  const before = opts.olderThanMs ? new Date(Date.now() - opts.olderThanMs).toISOString() : undefined;
  const ids = await exportsRepository(app.db).pendingIds(before);
  for (const id of ids) {
    try {
      await reconcileExport(app, id);
    } catch (err) {
      app.log.error({ err, exportId: id }, 'reconciling export failed');
    }
  }
  const undos = await exportsRepository(app.db).undoRequestedIds();
  const client = undos.length > 0 ? await exportClient(app) : null;
  for (const id of client ? undos : []) {
    await singleFlight(exportRuntime(app.db), id, async () => {
      const exp = await exportsRepository(app.db).find(id);
      if (exp) await reconcileUndo(app, client!, exp);
    }).catch((err: unknown) => app.log.error({ err, exportId: id }, 'reconciling an undo failed'));
  }
  return { checked: ids.length + undos.length };
}
