import type { z } from 'zod';
import { BillomatError } from '../errors';
import { userMessage } from '../messages';
import { isRecord, pageAttributes } from '../wire/normalize';
import type { RequestSpec, Transport } from './transport';

export interface Page<T> {
  items: T[];
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
}

function badAnswer(spec: RequestSpec, detail: string): BillomatError {
  const outcomeUnknown = spec.method !== 'GET';
  return new BillomatError('bad_answer', {
    request: `${spec.method} /api${spec.path} ${detail}`,
    outcomeUnknown,
    userMessage: userMessage('bad_answer', { outcomeUnknown }),
  });
}

/** Parses JSON; a truncated or non-JSON body is a bad answer (for writes: outcome unknown). */
export async function requestJson(transport: Transport, spec: RequestSpec): Promise<unknown> {
  const res = await transport.request(spec);
  if (res.text.trim() === '') return null;
  try {
    return JSON.parse(res.text) as unknown;
  } catch {
    throw badAnswer(spec, '(body is not JSON)');
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown, spec: RequestSpec): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badAnswer(spec, `(unexpected shape at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''})`);
  }
  return result.data;
}

/** `{"<root>": {...}}` → decoded object. */
export async function getOne<S extends z.ZodType>(
  transport: Transport,
  spec: RequestSpec,
  root: string,
  schema: S,
) {
  const body = await requestJson(transport, spec);
  if (!isRecord(body) || !isRecord(body[root])) throw badAnswer(spec, `(missing "${root}")`);
  return parse(schema, body[root], spec);
}

/** `{"<plural>": {"<singular>": one|many|missing, "@page": …}}` → a page with an array of items. */
export async function getPage<S extends z.ZodType>(
  transport: Transport,
  spec: RequestSpec,
  names: [plural: string, singular: string],
  schema: S,
): Promise<Page<z.output<S>>> {
  const body = await requestJson(transport, spec);
  if (!isRecord(body) || !(names[0] in body)) throw badAnswer(spec, `(missing "${names[0]}")`);
  const wrapper = body[names[0]];
  // The quirks (one object for one item, no key for none, "" for empty) are billomat's; anything
  // else — a string where the list should be, a number as an item — is a broken answer, not an empty list.
  if (!(wrapper === '' || wrapper === null || isRecord(wrapper)))
    throw badAnswer(spec, '(list is not an object)');
  const raw = isRecord(wrapper) ? wrapper[names[1]] : undefined;
  const list: unknown[] =
    raw === undefined || raw === null || raw === '' ? [] : Array.isArray(raw) ? raw : [raw];
  if (!list.every(isRecord)) throw badAnswer(spec, `(an item of "${names[0]}" is not an object)`);
  const items = list.map((item) => parse(schema, item, spec));
  const attrs = pageAttributes(wrapper) ?? {
    page: 1,
    perPage: Math.max(items.length, 1),
    total: items.length,
  };
  return { items, ...attrs, totalPages: Math.max(1, Math.ceil(attrs.total / Math.max(attrs.perPage, 1))) };
}

/**
 * All pages of a list, one request per page; stops on @total or an empty page. One page is read ahead:
 * while the caller decodes and stores page k, page k+1 is on its way, and when the caller asks for
 * page k+1, page k+2 is requested before k+1 is awaited — billomat renders the next page while our
 * side decodes and stores the current one. Same requests, same order of pages; a failure surfaces
 * only after the pages before it were handed out. A page asked for ahead that @total then no longer
 * covers (clients deleted meanwhile) is dropped unread.
 */
export async function* pagesOf<T>(fetchPage: (page: number) => Promise<Page<T>>): AsyncGenerator<Page<T>> {
  const inFlight = new Map<number, Promise<Page<T>>>();
  const ask = (page: number) => {
    if (inFlight.has(page)) return;
    const p = fetchPage(page);
    // Handled when awaited; this only keeps an abandoned read-ahead from being an unhandled rejection.
    p.catch(() => undefined);
    inFlight.set(page, p);
  };
  /** The last page known to exist, from the newest @total. */
  let known = 1;
  ask(1);
  for (let page = 1; ; page++) {
    if (page < known) ask(page + 1);
    const p = await inFlight.get(page)!;
    inFlight.delete(page);
    known = p.items.length > 0 ? p.totalPages : page;
    const more = page < known;
    if (more) ask(page + 1);
    yield p;
    if (!more) return;
  }
}
