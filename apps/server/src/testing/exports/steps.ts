import { expect } from 'vitest';
import type { ExportHarness } from './harness';
import { optionsFor, type Fixture } from './fixtures';

/** Preview, then export with that preview's token. */
export async function previewAndExport(h: ExportHarness, f: Fixture, extra: Record<string, unknown> = {}) {
  const options = optionsFor(f.bookingIds, extra);
  const preview = await h.send('POST', `/api/projects/${f.projectId}/export-preview`, options);
  expect(preview.statusCode, preview.body).toBe(200);
  const res = await h.send('POST', `/api/projects/${f.projectId}/exports`, {
    ...options,
    previewToken: preview.json().previewToken,
  });
  return { preview: preview.json(), res };
}

export async function bookingStates(h: ExportHarness, ids: number[]) {
  return h.app.db
    .selectFrom('bookings')
    .select(['id', 'billing_state', 'export_id', 'invoice_number'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
}

export const onlyExport = async (h: ExportHarness, projectId: number) =>
  h.app.db.selectFrom('exports').selectAll().where('project_id', '=', projectId).executeTakeFirstOrThrow();
