import type { BillomatClient, Client, Page } from '@plainstaff/billomat';

/**
 * The fix proposed for `pagesOf` in packages/billomat (README, finding 5), tried here without touching
 * that package: once page 1 told the page count, keep the NEXT page's request in flight while the
 * current page is decoded and consumed. Same requests, same order of pages.
 */
export async function* readAheadPages(client: BillomatClient): AsyncGenerator<Page<Client>> {
  const list = (page: number) => client.clients.list({}, page, 1000);
  const first = await list(1);
  let next = first.totalPages >= 2 ? list(2) : null;
  yield first;
  for (let page = 2; next; page++) {
    const current = next;
    // Started before `current` is awaited: page+1 is rendered by billomat while we decode `current`.
    next = page < first.totalPages ? list(page + 1) : null;
    next?.catch(() => undefined); // a failure surfaces when it is awaited
    yield await current;
  }
}

export const withReadAhead = (client: BillomatClient): BillomatClient =>
  ({ ...client, clients: { ...client.clients, pages: () => readAheadPages(client) } }) as BillomatClient;
