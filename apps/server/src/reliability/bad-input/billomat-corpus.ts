import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BillomatClient, BillomatErrorKind } from '@plainstaff/billomat';

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../billomat-sandbox/src/__fixtures__',
);
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8'));
/** Real captured answers (see the fixtures' LICENSE): the base every crafted variant starts from. */
export const INVOICE = load('invoices-get-response.json').invoice as Record<string, unknown>;
export const CLIENT = load('clients-get-response.json').client as Record<string, unknown>;

export type Operation = 'invoices.get' | 'invoices.list' | 'invoices.create' | 'clients.list' | 'taxes.list';

export interface Answer {
  status: number;
  type: string;
  body: string;
}

export interface BillomatCase {
  name: string;
  op: Operation;
  answer: Answer;
  /** The typed error the client must throw, and whether the write may have happened. */
  expect: { kind: BillomatErrorKind; outcomeUnknown?: boolean };
}

export const call = (client: BillomatClient, op: Operation): Promise<unknown> =>
  ({
    'invoices.get': () => client.invoices.get(7104183),
    'invoices.list': () => client.invoices.list({ customfield: 'ps-exp-1' }),
    'invoices.create': () =>
      client.invoices.create({
        clientId: 1,
        items: [{ title: 'Beratung', quantityHundredths: 100, unitPriceCents: 9500 }],
      }),
    'clients.list': () => client.clients.list(),
    'taxes.list': () => client.taxes.list(),
  })[op]();

const json = (value: unknown, status = 200): Answer => ({
  status,
  type: 'application/json',
  body: JSON.stringify(value),
});
const text = (body: string, type: string, status = 200): Answer => ({ status, type, body });
const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body></html>';
const inv = (patch: Record<string, unknown>) => ({ ...INVOICE, ...patch });
const without = (o: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** A garbled 200 for each operation: wrapped as the operation expects, but wrong inside. */
function wrapped(op: Operation, item: unknown): Answer {
  if (op === 'invoices.get' || op === 'invoices.create') return json({ invoice: item });
  if (op === 'invoices.list')
    return json({ invoices: { invoice: [item], '@page': '1', '@per_page': '100', '@total': '1' } });
  if (op === 'clients.list')
    return json({ clients: { client: [item], '@page': '1', '@per_page': '100', '@total': '1' } });
  return json({ taxes: { tax: [item], '@page': '1', '@per_page': '100', '@total': '1' } });
}

const OPS: Operation[] = ['invoices.get', 'invoices.list', 'invoices.create', 'clients.list', 'taxes.list'];
const writes = (op: Operation) => op === 'invoices.create';

/** Answers that are wrong whatever was asked. */
const everywhere: [string, Answer, BillomatErrorKind][] = [
  ['HTML page with 200', text('<!DOCTYPE html><html><body>Wartung</body></html>', 'text/html'), 'bad_answer'],
  [
    'XML instead of JSON (Accept ignored)',
    text('<?xml version="1.0"?><invoice><id>1</id></invoice>', 'application/xml'),
    'bad_answer',
  ],
  [
    'truncated JSON',
    text(JSON.stringify({ invoice: INVOICE }).slice(0, 200), 'application/json'),
    'bad_answer',
  ],
  ['empty body with 200', text('', 'application/json'), 'bad_answer'],
  ['JSON null', json(null), 'bad_answer'],
  ['JSON array at the root', json([INVOICE]), 'bad_answer'],
  ['JSON string at the root', json('ok'), 'bad_answer'],
  ['wrong root key', json({ result: INVOICE }), 'bad_answer'],
  ['BOM and garbage', text('\uFEFF{"invoice":', 'application/json'), 'bad_answer'],
  ['HTML 502 from the load balancer', text(HTML_502, 'text/html', 502), 'unavailable'],
  ['HTML 503', text('<html><body>Service Unavailable</body></html>', 'text/html', 503), 'unavailable'],
  ['500 with a JSON error', json({ errors: { error: 'Internal error' } }, 500), 'unavailable'],
  ['401 with HTML', text('<html>Unauthorized</html>', 'text/html', 401), 'auth'],
  ['404 with an empty body', text('', 'application/json', 404), 'not_found'],
];

/** Answers whose envelope is right but whose content is not (wrong types, missing fields). */
const content: [string, Record<string, unknown> | unknown][] = [
  ['id as a word', inv({ id: 'abc' })],
  ['id missing', without(INVOICE, 'id')],
  ['id zero', inv({ id: '0' })],
  ['id as an object', inv({ id: { value: 1 } })],
  ['total with a decimal comma', inv({ total_gross: '14,28' })],
  ['total with thousands separators', inv({ total_net: '1.234,50' })],
  ['total as a word', inv({ total_net: 'zwölf' })],
  ['total as an array', inv({ total_net: ['12'] })],
  ['unknown status', inv({ status: 'ARCHIVED' })],
  ['status missing', without(INVOICE, 'status')],
  ['client id as a fraction', inv({ client_id: '12.5' })],
  [
    'tax rate as a word',
    inv({
      taxes: { tax: { name: 'MwSt', rate: 'neunzehn', amount: '1', amount_net: '1', amount_gross: '2' } },
    }),
  ],
  ['item as a plain string', 'invoice'],
  ['item as a number', 42],
];

const clientContent: [string, unknown][] = [
  ['client id as a word', { ...CLIENT, id: 'abc' }],
  ['client id missing', without(CLIENT, 'id')],
  ['archived as a word', { ...CLIENT, archived: 'vielleicht' }],
  ['client as a string', 'client'],
];

const taxContent: [string, unknown][] = [
  ['tax rate 19,5', { id: '1', name: 'MwSt', rate: '19,5', is_default: '1' }],
  ['tax rate missing id', { name: 'MwSt', rate: '19', is_default: '1' }],
];

export const BILLOMAT_CORPUS: BillomatCase[] = [
  ...OPS.flatMap((op) =>
    everywhere.map(([name, answer, kind]) => ({
      name: `${op}: ${name}`,
      op,
      answer,
      // A write whose answer is unreadable (or lost in a 5xx) may have happened: the caller must look first.
      expect: { kind, outcomeUnknown: writes(op) && (kind === 'bad_answer' || kind === 'unavailable') },
    })),
  ),
  ...(['invoices.get', 'invoices.list', 'invoices.create'] as const).flatMap((op) =>
    content.map(([name, item]) => ({
      name: `${op}: ${name}`,
      op,
      answer: wrapped(op, item),
      expect: { kind: 'bad_answer' as const, outcomeUnknown: writes(op) },
    })),
  ),
  ...clientContent.map(([name, item]) => ({
    name: `clients.list: ${name}`,
    op: 'clients.list' as const,
    answer: wrapped('clients.list', item),
    expect: { kind: 'bad_answer' as const, outcomeUnknown: false },
  })),
  ...taxContent.map(([name, item]) => ({
    name: `taxes.list: ${name}`,
    op: 'taxes.list' as const,
    answer: wrapped('taxes.list', item),
    expect: { kind: 'bad_answer' as const, outcomeUnknown: false },
  })),
  // The list wrapper itself garbled.
  ...(['invoices.list', 'clients.list', 'taxes.list'] as const).flatMap((op) => {
    const [plural, singular] = {
      'invoices.list': ['invoices', 'invoice'],
      'clients.list': ['clients', 'client'],
      'taxes.list': ['taxes', 'tax'],
    }[op];
    return [
      {
        name: `${op}: list wrapper as a string`,
        op,
        answer: json({ [plural!]: 'kaputt' }),
        expect: { kind: 'bad_answer' as const, outcomeUnknown: false },
      },
      {
        name: `${op}: items as a number`,
        op,
        answer: json({ [plural!]: { [singular!]: 7, '@total': '1' } }),
        expect: { kind: 'bad_answer' as const, outcomeUnknown: false },
      },
      {
        name: `${op}: list missing`,
        op,
        answer: json({}),
        expect: { kind: 'bad_answer' as const, outcomeUnknown: false },
      },
    ];
  }),
];

/** billomat's real quirks (§4.2, §4.3): valid answers the client must read, not refuse. */
export const BILLOMAT_QUIRKS: { name: string; op: Operation; answer: Answer; count: number }[] = [
  {
    name: 'one invoice as an object, not a list',
    op: 'invoices.list',
    answer: json({ invoices: { invoice: INVOICE, '@page': '1', '@per_page': '100', '@total': '1' } }),
    count: 1,
  },
  {
    name: 'one client as an object, not a list',
    op: 'clients.list',
    answer: json({ clients: { client: CLIENT, '@page': '1', '@per_page': '100', '@total': '1' } }),
    count: 1,
  },
  {
    name: 'empty list: item key omitted',
    op: 'invoices.list',
    answer: json({ invoices: { '@page': '1', '@per_page': '100', '@total': '0' } }),
    count: 0,
  },
  { name: 'empty list as an empty string', op: 'clients.list', answer: json({ clients: '' }), count: 0 },
  {
    name: 'one tax as an object',
    op: 'taxes.list',
    answer: json({ taxes: { tax: { id: '1', name: 'MwSt', rate: '19', is_default: '1' } } }),
    count: 1,
  },
];
