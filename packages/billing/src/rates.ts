export type RateSource = 'member' | 'task' | 'project' | 'user' | 'none';

export interface RateCandidates {
  memberRateCents?: number | null;
  taskRateCents?: number | null;
  projectRateCents?: number | null;
  userDefaultRateCents?: number | null;
}

export interface ResolvedRate {
  rateCents: number | null;
  source: RateSource;
}

/**
 * The default hourly rate of a new booking: project member → task → project → user default.
 * null/undefined mean "not set" and fall through; 0 is an explicit rate (unpaid work such as a
 * warranty fix is billed at 0 € and shows up on the invoice) and stops the search.
 */
export function resolveHourlyRate(candidates: RateCandidates): ResolvedRate {
  const ordered: [RateSource, number | null | undefined][] = [
    ['member', candidates.memberRateCents],
    ['task', candidates.taskRateCents],
    ['project', candidates.projectRateCents],
    ['user', candidates.userDefaultRateCents],
  ];
  for (const [source, rateCents] of ordered) {
    if (rateCents !== null && rateCents !== undefined) return { rateCents, source };
  }
  return { rateCents: null, source: 'none' };
}
