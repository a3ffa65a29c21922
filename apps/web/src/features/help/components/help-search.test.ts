import { describe, expect, it } from 'vitest';
import { helpArticles } from '../articles';
import { fold, searchHelp } from './help-search';

const slugs = (lng: string, query: string) => searchHelp(helpArticles(lng), query).map((h) => h.article.slug);

describe('searchHelp', () => {
  it('lists every article for an empty query', () => {
    expect(slugs('de', '  ')).toEqual(helpArticles('de').map((a) => a.slug));
  });

  it('finds articles by words in their text, not only in title and summary', () => {
    expect(slugs('de', 'Stichtag')).toEqual(['abrechnungslauf']);
    expect(slugs('de', 'Buchungen freigeben')[0]).toBe('uebersicht');
    expect(slugs('de', 'Ergebnis unklar')[0]).toBe('nach-dem-export');
    expect(slugs('de', 'Rundungsdifferenz')[0]).toBe('abrechnungstakt-und-rundung');
    expect(slugs('de', '{kommentare}')[0]).toBe('rechnungspositionen-gestalten');
    // Words in a table of an article count too.
    expect(slugs('de', 'Semikolon')).toEqual(['rechnungspositionen-gestalten']);
    expect(slugs('de', '2:54')).toEqual(['abrechnungstakt-und-rundung']);
    expect(slugs('en', 'rounding difference')[0]).toBe('abrechnungstakt-und-rundung');
    expect(slugs('en', 'quota')).toContain('abrechnungslauf');
  });

  it('needs every word, ignores case and accents', () => {
    expect(slugs('de', 'ubersicht aging-gibt-es-nicht')).toEqual([]);
    expect(slugs('de', 'STORNIERT überfällig')).toContain('nach-dem-export');
    expect(slugs('de', 'Ubersicht')).toContain('uebersicht');
  });

  it('quotes the passage that holds a word the title and summary lack', () => {
    const [hit] = searchHelp(helpArticles('de'), 'Neustart');
    expect(hit!.article.slug).toBe('abrechnungslauf');
    expect(hit!.excerpt).toMatch(/Neustart des Servers/);
    expect(hit!.excerpt!.length).toBeLessThan(200);
    const [titled] = searchHelp(helpArticles('de'), 'Abrechnungslauf');
    expect(titled!.article.slug).toBe('abrechnungslauf');
    expect(titled!.excerpt).toBeNull();
  });

  it('folds one character to one, so positions carry over', () => {
    expect(fold('Übersicht Größe')).toBe('ubersicht große');
    expect(fold('Übersicht Größe')).toHaveLength('Übersicht Größe'.length);
  });
});
