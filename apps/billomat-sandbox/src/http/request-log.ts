export interface RequestLogEntry {
  seq: number;
  method: string;
  path: string;
  query: Record<string, unknown>;
  account: string | null;
  /** null while in flight or when a fault dropped the connection. */
  status: number | null;
  fault?: string;
  time: string;
}

export interface RequestLogFilter {
  account?: string;
  method?: string;
  path?: string;
  sinceSeq?: number;
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(private readonly limit = 100_000) {}

  add(e: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    const entry = { ...e, seq: ++this.seq };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
    return entry;
  }

  list(filter: RequestLogFilter = {}): RequestLogEntry[] {
    return this.entries.filter(
      (e) =>
        (!filter.account || e.account === filter.account) &&
        (!filter.method || e.method === filter.method.toUpperCase()) &&
        (!filter.path || e.path === filter.path) &&
        (filter.sinceSeq === undefined || e.seq > filter.sinceSeq),
    );
  }

  clear(): void {
    this.entries = [];
  }

  get lastSeq(): number {
    return this.seq;
  }
}
