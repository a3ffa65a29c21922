import { describe, expect, it } from 'vitest';
import { HELP_TOPICS } from '../../../lib/help';
import { elementsOf, textOf } from '../components/article-text';
import { HelpLink } from '../components/help-link';
import { HelpScreenshot, screenshots } from '../components/help-screenshot';
import { helpArticles } from '.';

const languages = ['de', 'en'];
const own = (lng: string) => helpArticles(lng).filter((a) => textOf(a.Body()).length > 0);

describe('help articles', () => {
  it('exist for every topic a page can open, in German and in English', () => {
    for (const lng of languages) {
      const slugs = helpArticles(lng).map((a) => a.slug);
      expect(slugs, lng).toEqual(expect.arrayContaining([...HELP_TOPICS]));
    }
    // English is complete: no article falls back to German, and the order is the same.
    const en = helpArticles('en');
    const de = helpArticles('de');
    expect(en.map((a) => [a.slug, a.order])).toEqual(de.map((a) => [a.slug, a.order]));
    for (const a of en) expect(a.title, a.slug).not.toBe(de.find((d) => d.slug === a.slug)!.title);
  });

  it('name only screenshots that exist, and every screenshot is shown by an article', () => {
    const used = new Set<string>();
    for (const lng of languages)
      for (const a of own(lng))
        for (const { name } of elementsOf(a.Body(), HelpScreenshot)) {
          expect(screenshots, `${a.slug}.${lng}.tsx names ${name}.png`).toHaveProperty(name);
          used.add(name);
        }
    expect(Object.keys(screenshots).sort()).toEqual([...used].sort());
  });

  it('show the same screenshots and link the same articles in both languages', () => {
    const shape = (lng: string) =>
      Object.fromEntries(
        own(lng).map((a) => [
          a.slug,
          {
            shots: elementsOf(a.Body(), HelpScreenshot).map((s) => s.name),
            links: elementsOf(a.Body(), HelpLink).map((l) => l.to),
          },
        ]),
      );
    expect(shape('en')).toEqual(shape('de'));
  });

  it('link only to articles that exist', () => {
    for (const lng of languages)
      for (const a of own(lng))
        for (const { to } of elementsOf(a.Body(), HelpLink)) expect(HELP_TOPICS).toContain(to);
  });

  it('quote the contract words of the export as the UI shows them', () => {
    const text = textOf(
      helpArticles('de')
        .find((a) => a.slug === 'stunden-nach-billomat-exportieren')!
        .Body(),
    );
    for (const word of [
      'Neue Rechnung',
      'Nach Monat gruppieren',
      'Nach Task gruppieren',
      'Nach Mitarbeiter gruppieren',
      'Buchungen als abgerechnet markieren',
      'Positionstitel',
      'Positionsbeschreibung',
      'Nach billomat exportieren',
    ])
      expect(text).toContain(word);
  });
});
