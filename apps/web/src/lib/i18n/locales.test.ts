import { describe, expect, it } from 'vitest';

// German is the default, English must be complete: every key of a German namespace exists in English
// and the other way round. (messages.json, the server's coded messages, has its own test: plural forms
// differ between the languages there.)
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', {
  eager: true,
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const namespaces = (lng: string) =>
  Object.fromEntries(
    Object.entries(files)
      .map(([path, mod]) => [/locales\/(\w+)\/([\w-]+)\.json$/.exec(path)!, mod.default] as const)
      .filter(([m]) => m[1] === lng)
      .map(([m, data]) => [
        m[2]!,
        keys(data)
          .map((k) => k.replace(/_(one|other)$/, ''))
          .sort(),
      ]),
  );

describe('locales', () => {
  it('have the same keys in German and English', () => {
    const de = namespaces('de');
    const en = namespaces('en');
    for (const [ns, list] of Object.entries(de)) {
      if (ns !== 'messages') expect(en[ns], `en/${ns}.json`).toEqual(list);
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });
});
