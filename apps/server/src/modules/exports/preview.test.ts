import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JUNE, optionsFor, seedProject, type Fixture } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';

let h: ExportHarness;
let employee: Actor;
let f: Fixture;
beforeAll(async () => {
  h = await exportHarness({ printProjectDescription: false });
  employee = await h.user('employee');
  f = await seedProject(h.app, h.sandbox, {
    employeeId: employee.id,
    bookings: [...JUNE, { date: '2026-06-11', minutes: 60, rateCents: null }],
  });
});
afterAll(async () => h.close());

const preview = (fx: Fixture, o: object, who?: Actor) =>
  h.send('POST', `/api/projects/${fx.projectId}/export-preview`, o, who);
const exportWith = (fx: Fixture, o: object) => h.send('POST', `/api/projects/${fx.projectId}/exports`, o);

describe('export preview', () => {
  it('computes lines on the server and warns about bookings without rate; no intro when the setting is off', async () => {
    const res = await preview(f, optionsFor(f.bookingIds));
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.lines.map((l: { quantityCentiHours: number }) => l.quantityCentiHours)).toEqual([833, 225]);
    expect(p.totalNetCents).toBe(213_75 + 999_60);
    expect(p.intro).toBeNull();
    expect(p.warnings.map((w: { code: string }) => w.code)).toEqual(['UNPRICED_BOOKINGS']);
    expect(p.blockers).toEqual([]);
    expect(p.previewToken).toMatch(/^v2\./);
  });

  it('refuses an export whose selected booking changed after the preview (409 PREVIEW_OUTDATED)', async () => {
    const options = optionsFor(f.bookingIds.slice(0, 2));
    const token = (await preview(f, options)).json().previewToken;
    await h.app.db
      .updateTable('bookings')
      .set((eb) => ({ minutes: 120, version: eb('version', '+', 1) }))
      .where('id', '=', f.bookingIds[0]!)
      .execute();
    const res = await exportWith(f, { ...options, previewToken: token });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PREVIEW_OUTDATED');
    // The first attempt took the previewed groups from the cache (the claim's fingerprint refused
    // it); the second finds none and groups again (the token refuses it).
    const again = await exportWith(f, { ...options, previewToken: token });
    expect(again.json().code).toBe('PREVIEW_OUTDATED');
    // Options that differ from the previewed ones are refused the same way.
    const fresh = (await preview(f, options)).json().previewToken;
    const other = await exportWith(f, { ...options, groupByTask: false, previewToken: fresh });
    expect(other.json().code).toBe('PREVIEW_OUTDATED');
    expect(await h.app.db.selectFrom('exports').select('id').execute()).toHaveLength(0);
  });

  it('refuses an export after the project changed, although the previewed groups are cached', async () => {
    const g = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE.slice(0, 2) });
    const options = optionsFor(g.bookingIds);
    const token = (await preview(g, options)).json().previewToken;
    await h.app.db.updateTable('projects').set({ name: 'Umbenannt' }).where('id', '=', g.projectId).execute();
    const res = await exportWith(g, { ...options, previewToken: token });
    expect(res.json().code).toBe('PREVIEW_OUTDATED');
    const fresh = (await preview(g, options)).json().previewToken;
    const ok = await exportWith(g, { ...options, previewToken: fresh });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().bookingCount).toBe(2);
  });

  it('exports the invoice this instance previewed: a task renamed in between keeps its previewed name', async () => {
    const g = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE.slice(0, 1) });
    const options = optionsFor(g.bookingIds, { titleTemplate: '{task}' });
    const p = (await preview(g, options)).json();
    const taskId = (
      await h.app.db
        .selectFrom('bookings')
        .select('task_id')
        .where('id', '=', g.bookingIds[0]!)
        .executeTakeFirstOrThrow()
    ).task_id!;
    await h.app.db.updateTable('tasks').set({ name: 'Umbenannt' }).where('id', '=', taskId).execute();
    const res = await exportWith(g, { ...options, previewToken: p.previewToken });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().lines.map((l: { title: string }) => l.title)).toEqual(
      p.lines.map((l: { title: string }) => l.title),
    );
    expect(p.lines[0].title).not.toBe('Umbenannt');
  });

  it('blocks a customer that is not linked to billomat and says how to fix it', async () => {
    const g = await seedProject(h.app, h.sandbox, {
      employeeId: employee.id,
      linked: false,
      bookings: JUNE.slice(0, 1),
    });
    const p = (await preview(g, optionsFor(g.bookingIds))).json();
    expect(p.blockers.map((b: { code: string }) => b.code)).toEqual(['CUSTOMER_NOT_LINKED']);
    expect(p.blockers[0].message).toContain('Kunden aus billomat importieren');
    expect(p.warnings.map((w: { code: string }) => w.code)).toContain('CUSTOMER_NOT_FROM_BILLOMAT');
    const res = await exportWith(g, { ...optionsFor(g.bookingIds), previewToken: p.previewToken });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EXPORT_BLOCKED');
  });

  it('blocks bookings of another project and non-billable ones; managers only for their projects', async () => {
    const g = await seedProject(h.app, h.sandbox, {
      employeeId: employee.id,
      bookings: [{ date: '2026-06-01', minutes: 30, billable: false }],
    });
    const p = (await preview(g, optionsFor([...g.bookingIds, f.bookingIds[1]!]))).json();
    expect(p.blockers.map((b: { code: string }) => b.code).sort()).toEqual([
      'BOOKINGS_NOT_BILLABLE',
      'BOOKINGS_NOT_IN_PROJECT',
    ]);
    const manager = await h.user('manager');
    expect((await preview(g, optionsFor(g.bookingIds), manager)).statusCode).toBe(403);
    expect((await preview(g, optionsFor(g.bookingIds), employee)).statusCode).toBe(403);
    await h.app.db
      .insertInto('project_members')
      .values({ project_id: g.projectId, user_id: manager.id, rate_cents: null, is_manager: 1 })
      .execute();
    expect((await preview(g, optionsFor(g.bookingIds), manager)).statusCode).toBe(200);
  });

  it('pages the grid with the filters of the page, and starts the page with the defaults', async () => {
    const res = await h.get(
      `/api/projects/${f.projectId}/export-bookings?from=2026-06-03&to=2026-06-10&taskIds=${f.taskIds[1]}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((c: { date: string }) => c.date)).toEqual(['2026-06-10']);
    expect(res.json()).toMatchObject({ nextCursor: null, previousCursor: null });
    const setup = await h.get(`/api/projects/${f.projectId}/export-setup`);
    expect(setup.json().defaults.completeInBillomat).toBe(false);
  });
});
