import {
  CUSTOMER_IMPORT_EVENTS,
  CustomerImportRunSchema,
  type CustomerImportEventName,
  type CustomerImportRun,
} from '@plainstaff/contracts/customer-import';

export interface FollowHandlers {
  onEvent: (event: CustomerImportEventName, run: CustomerImportRun) => void;
  /** The stream could not be opened or read (the caller asks the status instead). */
  onLost: () => void;
}

/**
 * Follows one run through GET /api/customers/import/events (server-sent events). Closes itself after
 * `completed` or `failed`; returns a function that stops following.
 */
export function followImport(runId: number, handlers: FollowHandlers): () => void {
  const source = new EventSource(`/api/customers/import/events?runId=${runId}`);
  const close = () => source.close();
  for (const name of CUSTOMER_IMPORT_EVENTS) {
    source.addEventListener(name, (e) => {
      const parsed = CustomerImportRunSchema.safeParse(JSON.parse((e as MessageEvent<string>).data));
      if (!parsed.success) return;
      if (name !== 'progress') close();
      handlers.onEvent(name, parsed.data);
    });
  }
  // EventSource reconnects by itself after a stream ended; CLOSED means it gave up (e.g. HTTP 404).
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) handlers.onLost();
  };
  return close;
}
