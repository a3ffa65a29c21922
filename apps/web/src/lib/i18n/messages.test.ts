import { describe, expect, it } from 'vitest';
import { germanMessages } from '@plainstaff/contracts/messages/catalog';
import de from '../../locales/de/messages.json';
import en from '../../locales/en/messages.json';

// Every code the server can send is an entry of the contracts' catalogue (the server's types allow no
// other). The SPA renders them from locales/<lng>/messages.json: German exactly as the catalogue
// (so the German UI reads as the server's fallback does), English complete.

type Entry = string | Record<string, string>;
const PLURAL = /^(?:(.+)_)?(zero|one|two|few|many|other)$/;

/** The contexts an entry distinguishes; plural forms belong to their context (`one` → default). */
function contexts(entry: Entry): string[] {
  if (typeof entry === 'string') return ['default'];
  const names = Object.keys(entry).map((k) => {
    const plural = PLURAL.exec(k);
    return plural ? (plural[1] ?? 'default') : k;
  });
  return [...new Set(names)].sort();
}

const texts = (entry: Entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));
const placeholders = (entry: Entry) =>
  [...new Set(texts(entry).flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1])))].sort();

const codes = Object.keys(germanMessages).sort();
const english = en as Record<string, Entry>;

describe('messages.json', () => {
  it('German is the catalogue of the contracts, word for word', () => {
    expect(de).toEqual(germanMessages);
  });

  it('English has every code the server can send, and no other', () => {
    expect(Object.keys(english).sort()).toEqual(codes);
  });

  it.each(codes)('%s: English has the same variants and placeholders', (code) => {
    const german = (germanMessages as Record<string, Entry>)[code]!;
    expect(contexts(english[code]!)).toEqual(contexts(german));
    expect(placeholders(english[code]!)).toEqual(placeholders(german));
  });
});
