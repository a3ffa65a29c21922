import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CustomerImportEventName, CustomerImportRun } from '@plainstaff/contracts/customer-import';
import type { Followable } from './customer-import.follow';

export const eventOf = (run: CustomerImportRun): CustomerImportEventName =>
  run.status === 'running' ? 'progress' : run.status;

/** Open event streams, ended on shutdown so that closing the server does not wait for them. */
export type OpenStreams = Set<() => void>;

/**
 * Server-sent events of one run. A running run is followed until it ends — this process's own, or one
 * that another instance executes (read back from the database, customer-import.follow.ts); a finished
 * run is sent once and the stream ends.
 */
export function streamImport(
  request: FastifyRequest,
  reply: FastifyReply,
  follow: Followable | null,
  snapshot: CustomerImportRun | null,
  open: OpenStreams,
): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 2000\n\n');
  const send = (event: CustomerImportEventName, run: CustomerImportRun) =>
    raw.write(`event: ${event}\ndata: ${JSON.stringify(run)}\n\n`);

  if (!follow || follow.run.status !== 'running') {
    const run = follow?.run ?? snapshot;
    if (run) send(eventOf(run), run);
    raw.end();
    return;
  }

  const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
  const end = () => {
    clearInterval(keepAlive);
    unsubscribe();
    open.delete(end);
    if (!raw.writableEnded) raw.end();
  };
  const unsubscribe = follow.subscribe((event, run) => {
    send(event, run);
    if (event !== 'progress') end();
  }, end);
  open.add(end);
  request.raw.on('close', end);
  send('progress', follow.run);
}
