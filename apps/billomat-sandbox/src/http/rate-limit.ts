import type { AccountData } from '../state/types';

export interface RateInfo {
  allowed: boolean;
  remaining: number;
  /** Epoch seconds at which the next window starts (billomat's X-Rate-Limit-Reset). */
  resetSec: number;
  quota: number;
  windowMs: number;
}

/** Fixed windows aligned to the clock (billomat: XX:00, XX:15, …); unused calls are not carried over. */
export class RateLimiter {
  private windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly now: () => number) {}

  private window(account: AccountData) {
    const { windowMs } = account.config.rateLimit;
    const start = Math.floor(this.now() / windowMs) * windowMs;
    let w = this.windows.get(account.config.billomatId);
    if (!w || w.start !== start) {
      w = { start, used: 0 };
      this.windows.set(account.config.billomatId, w);
    }
    return w;
  }

  private info(account: AccountData, allowed: boolean): RateInfo {
    const { quota, windowMs } = account.config.rateLimit;
    const w = this.window(account);
    return {
      allowed,
      remaining: Math.max(0, quota - w.used),
      resetSec: Math.ceil((w.start + windowMs) / 1000),
      quota,
      windowMs,
    };
  }

  /** Counts the request if the window still has room. */
  take(account: AccountData): RateInfo {
    const w = this.window(account);
    if (w.used >= account.config.rateLimit.quota) return this.info(account, false);
    w.used += 1;
    return this.info(account, true);
  }

  peek(account: AccountData): RateInfo {
    return this.info(account, true);
  }

  reset(billomatId?: string): void {
    if (billomatId) this.windows.delete(billomatId);
    else this.windows.clear();
  }
}

export function rateLimitMessage(info: RateInfo, nowMs: number): string {
  const per =
    info.windowMs % 60_000 === 0
      ? `${info.windowMs / 60_000} minutes`
      : `${Math.round(info.windowMs / 1000)} seconds`;
  const wait = Math.max(0, info.resetSec - Math.floor(nowMs / 1000));
  return `Maximum number of requests (${info.quota} per ${per}) reached. Try again in ${wait} seconds.`;
}
