import type { GroupedSelection } from './groups.repository';

/**
 * The groups of the last few previews, by preview token, for the export that follows a preview
 * (issue 18, bench/README finding 8.2): POST exports takes them instead of grouping the selection
 * again. Only a preview whose token the export request carries is used, and only after the token has
 * been recomputed from the current project, customer, settings, options and the cached fingerprint;
 * that the bookings are still the previewed ones is then the claim's fingerprint check, in its
 * transaction, as it is without the cache. Process-local (another instance simply misses and
 * recomputes), bounded in entries and age; an entry is used once.
 */
export function previewCache(maxEntries = 16, ttlMs = 10 * 60_000) {
  const entries = new Map<string, { grouped: GroupedSelection; until: number }>();
  return {
    put(token: string, grouped: GroupedSelection, now = Date.now()): void {
      entries.delete(token);
      entries.set(token, { grouped, until: now + ttlMs });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
    take(token: string, now = Date.now()): GroupedSelection | null {
      const entry = entries.get(token);
      entries.delete(token);
      return entry && entry.until > now ? entry.grouped : null;
    },
    get size() {
      return entries.size;
    },
  };
}

export type PreviewCache = ReturnType<typeof previewCache>;
