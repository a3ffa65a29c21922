import type { AccountData } from '../state/types';
import type { Fault } from './faults';
import type { RateInfo } from './rate-limit';
import type { RequestLogEntry } from './request-log';

export interface RequestContext {
  account: AccountData | null;
  rate: RateInfo | null;
  fault: Fault | null;
  log: RequestLogEntry | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    sandbox: RequestContext;
  }
}

declare module 'node:http' {
  interface IncomingMessage {
    /** Set by the URL rewrite for `/{billomatId}/api/...` style base URLs. */
    billomatIdFromPath?: string;
  }
}
