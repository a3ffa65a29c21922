import type { FaultKind, FaultSpec } from 'billomat-sandbox';
import type { Prng } from './prng';

export const FAULT_KINDS: readonly FaultKind[] = [
  'status',
  'html502',
  'hang-before',
  'hang-after',
  'reset',
  'truncate',
  'delay',
];

/** Every billomat call the import, export, reconciler and undo make (path after the account). */
const TARGETS: { method: string; path: string; write: boolean }[] = [
  { method: 'POST', path: '/api/invoices', write: true },
  { method: 'GET', path: '/api/invoices', write: false },
  { method: 'GET', path: '/api/invoices/*', write: false },
  { method: 'PUT', path: '/api/invoices/*/customfield', write: true },
  { method: 'PUT', path: '/api/invoices/*/complete', write: true },
  { method: 'PUT', path: '/api/invoices/*/cancel', write: true },
  { method: 'DELETE', path: '/api/invoices/*', write: true },
  { method: 'GET', path: '/api/clients', write: false },
];

/**
 * A random fault at a random billomat call. Status faults are 5xx or 429 on reads (a 404 for an
 * invoice that exists is not something billomat does), and may be a 4xx refusal on writes. A delay
 * is either short or longer than the client's timeout — then the request lands after we gave up.
 */
export function randomFault(rng: Prng, timeoutMs: number): FaultSpec {
  const target = rng.pick(TARGETS);
  const kind = rng.pick(FAULT_KINDS);
  const statuses = target.write ? [500, 502, 503, 429, 422, 400] : [500, 502, 503, 429];
  return {
    kind,
    method: target.method,
    path: target.path,
    status: rng.pick(statuses),
    delayMs: kind === 'delay' ? rng.pick([5, 30, timeoutMs + rng.int(20, 200)]) : undefined,
    hangMs: timeoutMs + 100,
    times: rng.pick([1, 1, 1, 2, 3]),
  };
}
