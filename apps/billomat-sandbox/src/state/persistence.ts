import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SandboxState } from './sandbox-state';
import type { AccountData, InvoiceRec, Rec } from './types';

type Snapshot = Record<
  string,
  Omit<AccountData, 'clients' | 'invoices' | 'items' | 'payments'> & {
    clients: [number, Rec][];
    invoices: [number, InvoiceRec][];
    items: [number, Rec][];
    payments: [number, Rec][];
  }
>;

export function snapshot(state: SandboxState): Snapshot {
  const out: Snapshot = {};
  for (const [id, a] of state.accounts) {
    out[id] = {
      ...a,
      clients: [...a.clients],
      invoices: [...a.invoices],
      items: [...a.items],
      payments: [...a.payments],
    };
  }
  return out;
}

export function restore(state: SandboxState, snap: Snapshot): void {
  for (const [id, a] of Object.entries(snap)) {
    state.accounts.set(id, {
      ...a,
      clients: new Map(a.clients),
      invoices: new Map(a.invoices),
      items: new Map(a.items),
      payments: new Map(a.payments),
    });
  }
}

/** Demo mode keeps its data across restarts: load once, save debounced after changes and on close. */
export function attachPersistence(state: SandboxState, file: string, debounceMs = 500) {
  if (existsSync(file)) restore(state, JSON.parse(readFileSync(file, 'utf8')) as Snapshot);
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    timer = null;
    const json = JSON.stringify(snapshot(state));
    writing = writing.then(async () => {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, json);
      await rename(`${file}.tmp`, file);
    });
    return writing;
  };
  state.onChange(() => {
    if (!timer) timer = setTimeout(save, debounceMs);
  });
  return {
    async flush() {
      if (timer) clearTimeout(timer);
      await save();
    },
  };
}
