import { describe, expect, it } from 'vitest';

// German is the default, English must be complete: every key of a German namespace exists in English
// and the other way round. (en/errors.json has no German twin: German error messages come from the
// server as they are.)
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
    for (const [ns, list] of Object.entries(de)) expect(en[ns], `en/${ns}.json`).toEqual(list);
    expect(Object.keys(en).filter((ns) => !(ns in de))).toEqual(['errors']);
  });
});
