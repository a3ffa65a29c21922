import type { CustomerImportRun } from '@plainstaff/contracts/customer-import';

/** One server-sent event of the import's stream (GET /api/customers/import/events). */
export interface ImportEvent {
  event: string;
  run: CustomerImportRun;
}

/** The events in a stream's text, in order; a block without event or data is skipped. */
export function parseImportEvents(text: string): ImportEvent[] {
  return text
    .split('\n\n')
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      return event && data ? { event, run: JSON.parse(data) as CustomerImportRun } : null;
    })
    .filter((e): e is ImportEvent => e !== null);
}
