import type { Fen } from './money'

/** One year of 城乡居民医保 individual premium collection (rule D2). */
export interface PremiumYear {
  year: number
  /** 'YYYY-MM-DD', Shanghai calendar days, inclusive. */
  periodStart: string
  periodEnd: string
  standard: Fen
}

/** Every setting where provinces differ (rule book preamble); Henan-style defaults below. */
export interface Policy {
  maxMembersPerFamily: number
  maxPayersPerMember: number
  pendingDays: number
  suspendEndsBindings: boolean
  limitsEnabled: boolean
  vaccinesAllowed: boolean
  newbornAndSubsidisedExcluded: boolean
  pinMaxAttempts: number
  premiumYears: readonly PremiumYear[]
}

export const DEFAULT_POLICY: Policy = {
  maxMembersPerFamily: 8,
  maxPayersPerMember: 3,
  pendingDays: 7,
  suspendEndsBindings: false,
  limitsEnabled: true,
  vaccinesAllowed: false,
  newbornAndSubsidisedExcluded: true,
  pinMaxAttempts: 6,
  premiumYears: [
    { year: 2025, periodStart: '2024-09-01', periodEnd: '2024-12-31', standard: 40000 },
    { year: 2026, periodStart: '2025-09-01', periodEnd: '2025-12-31', standard: 40000 },
    { year: 2027, periodStart: '2026-09-01', periodEnd: '2026-12-31', standard: 40000 },
  ],
}

export function resolvePolicy(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, ...overrides }
}
