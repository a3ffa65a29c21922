import { describe, expect, it } from 'vitest';
import { previewCache } from './cache';
import type { GroupedSelection } from './groups.repository';

const grouped = (count: number): GroupedSelection => ({
  groups: [],
  lineCount: 0,
  selectedCount: count,
  unpriced: { count: 0, ids: [] },
  fingerprint: { count, sumId: 0, sumVersion: 0, sumIdVersion: 0 },
});

describe('the preview cache', () => {
  it('gives a preview to one export, once, and only while it is young', () => {
    const cache = previewCache(4, 1000);
    cache.put('a', grouped(1), 0);
    cache.put('b', grouped(2), 0);
    expect(cache.take('a', 999)?.selectedCount).toBe(1);
    expect(cache.take('a', 999)).toBeNull();
    expect(cache.take('b', 1000)).toBeNull();
    expect(cache.take('unknown', 0)).toBeNull();
  });

  it('keeps only the newest entries', () => {
    const cache = previewCache(2, 1000);
    for (const [i, token] of ['a', 'b', 'c'].entries()) cache.put(token, grouped(i), 0);
    expect(cache.size).toBe(2);
    expect(cache.take('a', 0)).toBeNull();
    expect(cache.take('c', 0)?.selectedCount).toBe(2);
  });
});
