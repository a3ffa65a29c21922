export interface RateLimitInfo {
  /** Requests left in the current window (X-Rate-Limit-Remaining). */
  remaining: number;
  /** Start of the next window (X-Rate-Limit-Reset, epoch seconds). */
  resetAt: Date;
}

/**
 * A quota shared beyond this client (several server processes on one billomat account): asked before
 * every request is sent, told about billomat's answers. The client itself stays free of storage.
 */
export interface RequestGate {
  /** Takes one request of the window, or names when the next window starts. */
  acquire(): Promise<{ ok: true } | { ok: false; resetAt: Date }>;
  /** billomat's own count from the X-Rate-Limit headers of an answer. */
  observe(info: RateLimitInfo): Promise<void>;
  /** billomat answered 429: nobody sends until `resetAt`. */
  limited(resetAt: Date): Promise<void>;
}

export function readRateLimit(headers: Headers): RateLimitInfo | null {
  const remaining = headers.get('x-rate-limit-remaining');
  const reset = headers.get('x-rate-limit-reset');
  if (
    remaining === null ||
    reset === null ||
    !/^\d+$/.test(remaining.trim()) ||
    !/^\d+$/.test(reset.trim())
  ) {
    return null;
  }
  return { remaining: Number(remaining), resetAt: new Date(Number(reset) * 1000) };
}

/** Fallback when a 429 carries no reset header: "… Try again in 246 seconds." */
export function resetFromMessage(messages: string[], nowMs: number): Date | null {
  for (const m of messages) {
    const match = /try again in (\d+) seconds?/i.exec(m);
    if (match) return new Date(nowMs + Number(match[1]) * 1000);
  }
  return null;
}

/** Without any hint billomat's windows are quarter hours aligned to the clock. */
export function nextQuarterHour(nowMs: number): Date {
  const q = 15 * 60_000;
  return new Date(Math.floor(nowMs / q) * q + q);
}
