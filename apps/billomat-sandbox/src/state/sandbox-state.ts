import { createAccount } from './account';
import type { AccountConfig, AccountData } from './types';

/** All accounts of one sandbox; `changed` fires after every mutation (persistence hooks onto it). */
export class SandboxState {
  readonly accounts = new Map<string, AccountData>();
  private listeners: (() => void)[] = [];

  constructor(readonly now: () => number = Date.now) {}

  addAccount(config: AccountConfig): AccountData {
    const account = createAccount(config, this.now());
    this.accounts.set(config.billomatId, account);
    this.changed();
    return account;
  }

  account(billomatId: string): AccountData | undefined {
    return this.accounts.get(billomatId);
  }

  requireAccount(billomatId: string): AccountData {
    const a = this.accounts.get(billomatId);
    if (!a) throw new Error(`unknown sandbox account ${billomatId}`);
    return a;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }
}
