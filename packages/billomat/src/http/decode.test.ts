import { describe, expect, it } from 'vitest';
import { pagesOf, type Page } from './decode';

/** A list of `total` items, 10 a page, whose pages answer only when the test releases them. */
function slowList(total: number, failAt?: number) {
  const asked: number[] = [];
  const waiting = new Map<number, () => void>();
  const fetchPage = (page: number) => {
    asked.push(page);
    return new Promise<Page<number>>((resolve, reject) => {
      waiting.set(page, () => {
        if (page === failAt) return reject(new Error(`page ${page} failed`));
        const items = Array.from({ length: Math.max(0, Math.min(10, total - (page - 1) * 10)) }, (_, i) => i);
        resolve({ items, page, perPage: 10, total, totalPages: Math.max(1, Math.ceil(total / 10)) });
      });
    });
  };
  const release = (page: number) => {
    const go = waiting.get(page);
    if (!go) throw new Error(`page ${page} was not asked for`);
    waiting.delete(page);
    go();
  };
  return { asked, fetchPage, release };
}

describe('pagesOf', () => {
  it('asks for the page after next before the next one has arrived, one request per page, in order', async () => {
    const list = slowList(35);
    const pages = pagesOf(list.fetchPage);
    const first = pages.next();
    expect(list.asked).toEqual([1]);
    list.release(1);
    expect((await first).value?.page).toBe(1);
    // While page 1 is being stored, page 2 is on its way …
    expect(list.asked).toEqual([1, 2]);
    const second = pages.next();
    // … and asking for page 2 sends page 3 before page 2 has answered.
    await Promise.resolve();
    expect(list.asked).toEqual([1, 2, 3]);
    list.release(2);
    expect((await second).value?.page).toBe(2);
    const rest: number[] = [];
    for (const page of [3, 4]) {
      const next = pages.next();
      await Promise.resolve();
      list.release(page);
      rest.push((await next).value!.page);
    }
    expect(rest).toEqual([3, 4]);
    expect(await pages.next()).toEqual({ done: true, value: undefined });
    expect(list.asked).toEqual([1, 2, 3, 4]);
  });

  it('hands out the pages before a failing one, then throws its error', async () => {
    const list = slowList(50, 3);
    const seen: number[] = [];
    const run = (async () => {
      for await (const p of pagesOf(list.fetchPage)) seen.push(p.page);
    })();
    for (const page of [1, 2, 3]) {
      await new Promise((r) => setTimeout(r, 0));
      list.release(page);
    }
    await expect(run).rejects.toThrow('page 3 failed');
    expect(seen).toEqual([1, 2]);
  });

  it('stops at an empty page and after a single page', async () => {
    const empty = slowList(0);
    const pages = pagesOf(empty.fetchPage);
    const first = pages.next();
    empty.release(1);
    expect((await first).value?.items).toEqual([]);
    expect((await pages.next()).done).toBe(true);
    expect(empty.asked).toEqual([1]);
  });
});
