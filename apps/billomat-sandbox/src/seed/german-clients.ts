import { berlinDateTime } from '../wire/time';
import type { Rec } from '../state/types';
import { CITIES, COMPANY_STEMS, FIRST_NAMES, LAST_NAMES, LEGAL_FORMS, STREETS } from './names';

/** mulberry32: tiny deterministic PRNG so a given seed always yields the same account. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const BASE_MS = Date.UTC(2023, 0, 9, 8, 0, 0);

function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '');
}

/** Only non-default fields are produced; 100,000 clients take well under a second. */
export function seedClient(rand: () => number, index: number, id: number): Rec {
  const first = pick(rand, FIRST_NAMES);
  const last = pick(rand, LAST_NAMES);
  const [zip, city] = pick(rand, CITIES);
  const person = rand() < 0.25;
  const name = person ? '' : `${pick(rand, COMPANY_STEMS)} ${last} ${pick(rand, LEGAL_FORMS)}`;
  const created = BASE_MS + index * 3_600_000;
  const rec: Rec = {
    id: String(id),
    created: berlinDateTime(created),
    updated: berlinDateTime(created + Math.floor(rand() * 30) * 86_400_000),
    number: String(index + 1),
    name,
    salutation: person ? pick(rand, ['Herr', 'Frau']) : '',
    first_name: first,
    last_name: last,
    street: `${pick(rand, STREETS)} ${1 + Math.floor(rand() * 120)}`,
    zip,
    city,
    email: `${ascii(first)}.${ascii(last)}@${person ? 'web.de' : `${ascii(name).slice(0, 16)}.de`}`,
  };
  if (index % 13 === 7) rec.archived = '1';
  if (!person && rand() < 0.5) rec.vat_number = `DE${String(100_000_000 + Math.floor(rand() * 899_999_999))}`;
  if (rand() < 0.2) rec.note = 'Rechnung bitte per E-Mail an die Buchhaltung.';
  return rec;
}
