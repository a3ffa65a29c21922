import { describe, expect, it } from 'vitest';
import { cityOf, prefixRange, queryWords, searchTerms } from './customers.search';

const customer = (over: Partial<Parameters<typeof searchTerms>[0]> = {}) => ({
  name: '',
  number: '',
  billomat_client_number: null,
  address: '',
  email: '',
  ...over,
});

const finds = (query: string, c: Parameters<typeof searchTerms>[0]) => {
  const terms = searchTerms(c);
  return queryWords(query).every((w) => {
    const [from, to] = prefixRange(w);
    return terms.some((t) => t >= from && t < to);
  });
};

describe('the place of an address', () => {
  it.each([
    ['Rosenweg 7\n01067 Dresden', 'Dresden'],
    ['Hauptplatz 1\nA-1010 Wien\nAT', 'Wien'],
    ['Seestrasse 4\r\nCH 8002 Zürich', 'Zürich'],
    ['  80331   München  ', 'München'],
    ['Hauptstraße 12', ''],
    ['', ''],
  ])('%j → %j', (address, city) => expect(cityOf(address)).toBe(city));
});

describe('search terms', () => {
  it('folds case, accents and ß, and spells umlauts out as well', () => {
    expect(searchTerms(customer({ name: 'Müller & Söhne Straßenbau' })).sort()).toEqual(
      ['muller', 'mueller', 'sohne', 'soehne', 'strassenbau'].sort(),
    );
  });

  it('holds name, both numbers by part and whole, the city and the e-mail without its top level', () => {
    const terms = searchTerms(
      customer({
        name: 'Krause',
        number: 'K-7',
        billomat_client_number: 'KD-01234',
        address: 'Hauptstraße 12\n01067 Dresden',
        email: 'info@krause-bau.de',
      }),
    );
    expect(terms.sort()).toEqual(
      ['krause', 'k', '7', 'k7', 'kd', '01234', 'kd01234', 'dresden', 'info', 'bau'].sort(),
    );
    expect(terms).not.toContain('hauptstrasse');
    expect(terms).not.toContain('de');
  });

  it('keeps a decomposed umlaut in its word', () => {
    expect(searchTerms(customer({ name: 'Mu\u0308ller' }))).toEqual(['muller', 'mueller']);
  });
});

describe('query words', () => {
  it('folds like the terms, drops words another one implies, and starts with the longest', () => {
    expect(queryWords('  Mül m  BÄCKEREI mü ')).toEqual(['backerei', 'mul']);
    expect(queryWords('% _ -')).toEqual([]);
    expect(queryWords('a b c d e f g h')).toHaveLength(6);
  });

  it.each([
    ['mül', true],
    ['MUEL', true],
    ['muller', true],
    ['Müller Söhne', true],
    ['soeh', true],
    ['ller', false],
    ['müllers', false],
  ])('%j finds "Müller & Söhne": %s', (query, found) => {
    expect(finds(query, customer({ name: 'Müller & Söhne' }))).toBe(found);
  });

  it('finds a number typed with or without its dash, and a city', () => {
    const c = customer({ number: 'KD-01234', address: 'Markt 1\n82487 Oberammergau' });
    expect(['kd-012', 'KD0123', '01234', 'oberamm'].map((q) => finds(q, c))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(finds('1234', c)).toBe(false);
  });
});

describe('prefix ranges', () => {
  it('bound exactly the words with the prefix, in code point order', () => {
    const [from, to] = prefixRange('muz');
    expect([from, to]).toEqual(['muz', 'mu{']);
    const inside = ['muz', 'muzz', 'muz0', 'muzé'].every((t) => t >= from && t < to);
    const outside = ['mu', 'mv', 'mu{', 'muy'].some((t) => t >= from && t < to);
    expect([inside, outside]).toEqual([true, false]);
  });
});
