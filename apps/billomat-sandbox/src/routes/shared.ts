import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Query } from '../state/query';
import { paging, slicePage } from '../state/query';
import type { SandboxState } from '../state/sandbox-state';
import type { AccountData, Rec } from '../state/types';
import { listEnvelope } from '../wire/envelope';
import type { WireObject } from '../wire/envelope';
import { sendWire } from '../http/respond';
import '../http/context';

export interface RouteDeps {
  state: SandboxState;
}

export function accountOf(request: FastifyRequest): AccountData {
  const account = request.sandbox.account;
  if (!account) throw new Error('account gate did not run');
  return account;
}

export const queryOf = (request: FastifyRequest) => (request.query ?? {}) as Query;
export const idParam = (request: FastifyRequest) => Number((request.params as { id: string }).id);

/** Root wrapper of a write body, e.g. `{"client": {...}}`; missing → undefined (400 downstream). */
export function rootOf(request: FastifyRequest, key: string): unknown {
  const body = request.body as Record<string, unknown> | undefined;
  return body && typeof body === 'object' ? body[key] : undefined;
}

/** HEAD answers only the count in X-Total-Count (billomat's cheap way to count matches). */
export function sendList(
  request: FastifyRequest,
  reply: FastifyReply,
  names: [plural: string, singular: string],
  records: Rec[],
  render: (r: Rec) => WireObject,
) {
  if (request.method === 'HEAD') reply.header('X-Total-Count', String(records.length));
  const p = paging(queryOf(request));
  const items = slicePage(records, p).map(render);
  return sendWire(
    request,
    reply,
    200,
    listEnvelope(names[0], names[1], items, { ...p, total: records.length }),
  );
}
