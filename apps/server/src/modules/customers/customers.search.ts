// The customer search (issue 19) matches word prefixes, because a prefix is a range on a B-tree index
// on SQLite and PostgreSQL alike, where `like '%x%'` reads every row. Each customer's searchable words
// are stored folded (lower case, accents off, ß → ss) in customer_search_terms; a word with umlauts
// is stored a second time spelled out (ü → ue), so "mül", "mul" and "muel" all find "Müller".

/** Longer words are cut: a longer query word is cut the same way, so it still matches. */
const MAX_TERM_LENGTH = 40;
/** Query words beyond these are ignored: each one costs another index look-up. */
const MAX_QUERY_WORDS = 6;
// Marks belong to their word: a decomposed "u\u0308" must not split "Müller" in two.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

const cut = (word: string) => Array.from(word).slice(0, MAX_TERM_LENGTH).join('');

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => LIGATURES[c]!)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

const wordsOf = (text: string) => text.normalize('NFC').toLowerCase().match(WORD) ?? [];

function termsOfWord(word: string): string[] {
  const plain = cut(fold(word));
  const spelled = cut(fold(word.replace(/[äöü]/g, (c) => UMLAUTS[c]!)));
  return spelled === plain ? [plain] : [plain, spelled];
}

/** The place of an address: the text after the postal code ("01067 Dresden", "A-1010 Wien"). */
export function cityOf(address: string): string {
  for (const line of address.split(/\r?\n/)) {
    const match = /^(?:[A-Z]{1,3}[- ])?\d{4,5}\s+(.+)$/.exec(line.trim());
    if (match) return match[1]!.trim();
  }
  return '';
}

/** A customer number by its parts ("KD", "01234") and as a whole ("kd01234"). */
function numberWords(number: string): string[] {
  const parts = wordsOf(number);
  return parts.length > 1 ? [...parts, parts.join('')] : parts;
}

/** The mailbox and the domain without its top-level part: "info@krause-bau.de" → info, krause, bau. */
function emailWords(email: string): string[] {
  const [local = '', domain = ''] = email.split('@');
  return [...wordsOf(local), ...wordsOf(domain.replace(/\.[^.]*$/, ''))];
}

export interface SearchableCustomer {
  name: string;
  number: string;
  billomat_client_number: string | null;
  address: string;
  email: string;
}

/** The terms stored for a customer: name, numbers, city and e-mail, each word folded. */
export function searchTerms(c: SearchableCustomer): string[] {
  const words = [
    ...wordsOf(c.name),
    ...numberWords(c.number),
    ...numberWords(c.billomat_client_number ?? ''),
    ...wordsOf(cityOf(c.address)),
    ...emailWords(c.email),
  ];
  return [...new Set(words.flatMap(termsOfWord))].filter((t) => t !== '');
}

/**
 * The words of a search, folded like the terms. A word that is the prefix of another is dropped (the
 * longer one implies it); the longest word comes first, as the most selective one to start from.
 */
export function queryWords(text: string): string[] {
  const words = [...new Set(wordsOf(text).map((w) => cut(fold(w))))].filter((w) => w !== '');
  return words
    .filter((w) => !words.some((other) => other !== w && other.startsWith(w)))
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, MAX_QUERY_WORDS);
}

/**
 * One stored term that every customer whose name has the same words carries: the most selective word
 * of the name, folded. A look-up by it finds a superset of the namesakes; `null` for a name without words.
 */
export function nameTerm(name: string): string | null {
  return queryWords(name)[0] ?? null;
}

/**
 * `[from, to)` holding exactly the terms that start with `prefix` in binary (code point) order: SQLite's
 * default collation, and the column's "C" collation on PostgreSQL.
 */
export function prefixRange(prefix: string): [string, string] {
  const chars = Array.from(prefix);
  const last = chars.pop()!.codePointAt(0)!;
  const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
  return [prefix, chars.join('') + String.fromCodePoint(next)];
}
