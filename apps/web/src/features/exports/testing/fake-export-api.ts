import type {
  ExportBookingPage,
  ExportBookingRow,
  ExportSelection,
  GridRangeRequest,
  SelectionTotals,
} from '@plainstaff/contracts/export-selection';
import { vi } from 'vitest';

// A stand-in for the server's export endpoints over an in-memory list: keyset pages in grid order
// (date, id), the billing rule per booking, the selection evaluated as a query. Every request is
// recorded so tests can check what the page asked for.

export interface RecordedRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  body: unknown;
}

/** A booking as the fake stores it; billed values are computed per request from the increment. */
export type FakeBooking = Omit<ExportBookingRow, 'billedMinutes' | 'quantityHundredths' | 'amountCents'>;

const cursor = (b: { date: string; id: number }) => `${b.date},${b.id}`;
const byGridOrder = (a: FakeBooking, b: FakeBooking) =>
  a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1;
const selectable = (b: FakeBooking) => b.billingState === 'open' && b.billable;

/** The billing rule (docs/billing-rules.md) for one booking as its own line. */
export function billed(b: FakeBooking, rounding: number): ExportBookingRow {
  const billedMinutes = rounding ? Math.ceil(b.minutes / rounding) * rounding : b.minutes;
  const quantityHundredths = Math.round((billedMinutes * 100) / 60);
  const amountCents = b.rateCents === null ? null : Math.round((quantityHundredths * b.rateCents) / 100);
  return { ...b, billedMinutes, quantityHundredths, amountCents };
}

function matches(b: FakeBooking, state: string | null) {
  if (state === 'all') return true;
  return state === 'billed' ? b.billingState === 'billed' : b.billingState === 'open';
}

function page(list: FakeBooking[], params: URLSearchParams): ExportBookingPage {
  const rounding = Number(params.get('rounding') ?? 0);
  const limit = Number(params.get('limit') ?? 100);
  const rows = list.filter((b) => matches(b, params.get('state'))).sort(byGridOrder);
  const after = params.get('after');
  const before = params.get('before');
  let start = 0;
  if (after) start = rows.findIndex((b) => cursor(b) === after) + 1;
  if (before) start = Math.max(0, rows.findIndex((b) => cursor(b) === before) - limit);
  const end = before ? rows.findIndex((b) => cursor(b) === before) : Math.min(rows.length, start + limit);
  const items = rows.slice(start, end);
  return {
    items: items.map((b) => billed(b, rounding)),
    nextCursor: end < rows.length && items.length ? cursor(items.at(-1)!) : null,
    previousCursor: start > 0 && items.length ? cursor(items[0]!) : null,
  };
}

/** The bookings a selection bills (open, billable, found by the filter, chosen by the lists). */
export function selectedBy(list: FakeBooking[], selection: ExportSelection) {
  return list
    .filter((b) => matches(b, selection.filter.state) && selectable(b))
    .filter((b) =>
      selection.mode === 'all' ? !selection.excluded.includes(b.id) : selection.included.includes(b.id),
    );
}

function totals(list: FakeBooking[], selection: ExportSelection, rounding: number): SelectionTotals {
  const filtered = list.filter((b) => matches(b, selection.filter.state));
  const chosen = selectedBy(list, selection).map((b) => billed(b, rounding));
  const sum = (f: (r: ExportBookingRow) => number) => chosen.reduce((s, r) => s + f(r), 0);
  return {
    filteredCount: filtered.length,
    selectableCount: filtered.filter(selectable).length,
    selectedCount: chosen.length,
    bookedMinutes: sum((r) => r.minutes),
    billedMinutes: sum((r) => r.billedMinutes),
    quantityHundredths: sum((r) => r.quantityHundredths),
    amountCents: sum((r) => r.amountCents ?? 0),
    unpricedCount: chosen.filter((r) => r.rateCents === null).length,
  };
}

function range(list: FakeBooking[], body: GridRangeRequest) {
  const rows = list.filter((b) => matches(b, body.filter.state ?? 'open')).sort(byGridOrder);
  const from = rows.findIndex((b) => cursor(b) === body.from);
  const to = rows.findIndex((b) => cursor(b) === body.to);
  return {
    ids: rows
      .slice(from, to + 1)
      .filter(selectable)
      .map((b) => b.id),
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Answers a request the fake does not know itself (path below /api/projects/:id); undefined = 404. */
export type ExtraRoute = (method: string, path: string, body: unknown) => unknown;

/** Replaces the global fetch for one test; `requests` lists what was asked, in order. */
export function fakeExportApi(bookings: FakeBooking[], extra?: ExtraRoute) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method, path: url.pathname, params: url.searchParams, body });
    const path = url.pathname.replace(/^\/api\/projects\/\d+/, '');
    if (method === 'GET' && path === '/export-bookings') return json(page(bookings, url.searchParams));
    if (method === 'POST' && path === '/export-bookings/range')
      return json(range(bookings, body as GridRangeRequest));
    if (method === 'POST' && path === '/export-selection') {
      const { selection, rounding } = body as { selection: ExportSelection; rounding: number };
      return json(totals(bookings, selection, rounding));
    }
    const answer = extra?.(method, path, body);
    if (answer !== undefined) return json(answer);
    return json({ statusCode: 404, code: 'NOT_FOUND', error: 'Not Found', message: 'unbekannt' }, 404);
  });
  vi.stubGlobal('fetch', fetch);
  const bodies = (path: string) => requests.filter((r) => r.path.endsWith(path)).map((r) => r.body);
  return {
    requests,
    bodies,
    /** Query strings of the grid's page requests, in order. */
    pageRequests: () => requests.filter((r) => r.path.endsWith('/export-bookings')).map((r) => r.params),
    /** The last selection the totals were asked for. */
    lastTotalsRequest: () =>
      bodies('/export-selection').at(-1) as { selection: ExportSelection; rounding: number },
    rangeRequests: () => bodies('/export-bookings/range') as GridRangeRequest[],
  };
}

/** A booking of 90 minutes at 95,50 €, open and billable; dates advance one day per 7 ids. */
export function booking(id: number, over: Partial<FakeBooking> = {}): FakeBooking {
  const date = new Date(Date.UTC(2026, 0, 1) + Math.floor((id - 1) / 7) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    id,
    date,
    employeeId: 1,
    employeeName: `Person ${id}`,
    taskId: 1,
    taskName: 'Konzeption',
    minutes: 90,
    rateCents: 9550,
    rateSource: 'task',
    comment: '',
    billable: true,
    billingState: 'open',
    exportId: null,
    invoiceNumber: null,
    invoiceUrl: null,
    ...over,
  };
}
