export type FaultKind =
  | 'status' // answer with `status` (default 500) and a billomat error body
  | 'html502' // a load balancer's HTML "502 Bad Gateway" page
  | 'hang-before' // hang before the handler runs (nothing written), then drop the connection
  | 'hang-after' // run the handler (state committed), then hang and drop the connection
  | 'reset' // drop the connection before the handler runs
  | 'truncate' // run the handler, then send only the first half of the body
  | 'delay'; // wait `delayMs`, then answer normally

export interface FaultSpec {
  kind: FaultKind;
  /** Path pattern after the account prefix, e.g. `/api/invoices`, `/api/invoices/*`, `/api/**`. */
  path: string;
  method?: string;
  account?: string;
  status?: number;
  body?: string;
  delayMs?: number;
  /** How long a hang lasts before the socket is destroyed; default: until the client gives up. */
  hangMs?: number;
  /** How many matching requests are affected (default 1; 0 = every one until cleared). */
  times?: number;
}

export interface Fault extends FaultSpec {
  id: number;
  hits: number;
}

function matcher(pattern: string): RegExp {
  const re = pattern
    .split('/')
    .map((seg) => (seg === '**' ? '.*' : seg.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')))
    .join('/');
  return new RegExp(`^${re}$`);
}

export class FaultRegistry {
  private faults: Fault[] = [];
  private seq = 0;

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: ++this.seq, hits: 0, times: spec.times ?? 1 };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  remove(id: number): void {
    this.faults = this.faults.filter((f) => f.id !== id);
  }

  clear(): void {
    this.faults = [];
  }

  /** Finds the first matching fault and consumes one of its shots. */
  take(method: string, path: string, account: string | null): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.account || f.account === account) &&
        matcher(f.path).test(path),
    );
    if (!fault) return undefined;
    fault.hits += 1;
    if (fault.times && fault.hits >= fault.times) this.remove(fault.id);
    return { ...fault };
  }
}
