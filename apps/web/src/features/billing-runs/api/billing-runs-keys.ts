import type { BillingRunOptionsInput } from '@plainstaff/contracts/billing-runs';

export const billingRunsKeys = {
  all: ['billing-runs'] as const,
  preview: (o: BillingRunOptionsInput) => [...billingRunsKeys.all, 'preview', o] as const,
  active: () => [...billingRunsKeys.all, 'active'] as const,
  list: () => [...billingRunsKeys.all, 'list'] as const,
  detail: (id: number) => [...billingRunsKeys.all, 'detail', id] as const,
  schedule: () => [...billingRunsKeys.all, 'schedule'] as const,
  profile: (projectId: number) => ['export-profile', projectId] as const,
};

/** Live progress: the page polls while a run is running or waiting. */
export const LIVE_INTERVAL_MS = 1500;
export const isActive = (status: string | undefined) => status === 'running' || status === 'waiting';
