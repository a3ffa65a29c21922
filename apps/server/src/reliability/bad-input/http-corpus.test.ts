import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '@plainstaff/contracts/errors';
import { ORIGIN } from '../../testing/app';
import { reliabilityHarness, snapshotAll, type ReliabilityHarness } from '../testing/harness';
import { buildWorld, type World } from '../testing/world';
import { HTTP_CORPUS, type HttpCase } from './http-corpus';

// Every case: a 4xx in the contract error shape, a German message, and not one row changed in any
// table (the snapshot covers every table the migrations created, sessions and export runs included).

let h: ReliabilityHarness;
let w: World;
beforeAll(async () => {
  h = await reliabilityHarness();
  w = await buildWorld(h);
}, 60_000);
afterAll(async () => h.close());

/** The body of a case; for `previewFirst` cases with the token of a real preview of that body. */
async function bodyOf(c: HttpCase): Promise<unknown> {
  const body = c.body?.(w) as Record<string, unknown> | undefined;
  if (!c.previewFirst || !body) return body;
  const actor = c.who === 'anonymous' ? h.admin : w[c.who];
  const preview = await h.send('POST', c.url(w).replace(/\/exports$/, '/export-preview'), body, actor);
  expect(preview.statusCode, preview.body).toBe(200);
  return { ...body, previewToken: preview.json().previewToken, ...c.afterPreview };
}

function send(c: HttpCase, body: unknown) {
  const actor = c.who === 'anonymous' ? null : w[c.who];
  const payload = c.raw?.payload ?? (body === undefined ? undefined : JSON.stringify(body));
  const type = c.raw?.type ?? (body === undefined ? undefined : 'application/json');
  return h.app.inject({
    method: c.method,
    url: c.url(w),
    headers: {
      origin: ORIGIN,
      ...(actor ? { cookie: actor.cookie } : {}),
      ...(type ? { 'content-type': type } : {}),
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

describe('bad-input corpus (HTTP)', () => {
  it('has at least 200 cases with unique names', () => {
    expect(HTTP_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(HTTP_CORPUS.map((c) => c.name)).size).toBe(HTTP_CORPUS.length);
  });

  it.each(HTTP_CORPUS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const body = await bodyOf(c);
    const before = await snapshotAll(h.app);
    const res = await send(c, body);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(c.status);
    const error = ApiErrorBodySchema.strict().parse(res.json());
    expect(error).toMatchObject({ statusCode: c.status, code: c.code });
    expect(error.message).toMatch(/\S/);
    expect(await snapshotAll(h.app)).toEqual(before);
  });
});
