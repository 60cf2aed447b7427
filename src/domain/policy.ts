import type { Fen } from './money'

/** One year of 城乡居民医保 individual premium collection (rule D2). */
export interface PremiumYear {
  year: number
  /** 'YYYY-MM-DD', Shanghai calendar days, inclusive. */
  periodStart: string
  periodEnd: string
  standard: Fen
}

/** F2 and O1 (national, not a provincial setting): from their 16th birthday a member decides. */
export const SELF_CONSENT_AGE = 16

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
  /** A session unused this long is over; null: never (the in-app backend, one device). */
  sessionIdleMs: number | null
  /** A session this old is over however much it is used; null: never. */
  sessionMaxMs: number | null
  premiumYears: readonly PremiumYear[]
  /** W2: the most one 医保钱包 transfer may carry, 分. */
  walletMaxTransfer: number
  /** W2: transfers per 共济人 per Shanghai day. */
  walletDailyCount: number
  /** W2: transfers are open from this hour (inclusive) to `walletClosesHour` (exclusive). */
  walletOpensHour: number
  walletClosesHour: number
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
  sessionIdleMs: null,
  sessionMaxMs: null,
  premiumYears: [
    { year: 2025, periodStart: '2024-09-01', periodEnd: '2024-12-31', standard: 40000 },
    { year: 2026, periodStart: '2025-09-01', periodEnd: '2025-12-31', standard: 40000 },
    { year: 2027, periodStart: '2026-09-01', periodEnd: '2026-12-31', standard: 40000 },
  ],
  walletMaxTransfer: 200000,
  walletDailyCount: 3,
  walletOpensHour: 6,
  walletClosesHour: 22,
}

/** What a shared mock server uses unless told otherwise: 30 minutes idle, 12 hours at most. */
export const SERVER_SESSION_POLICY = {
  sessionIdleMs: 30 * 60 * 1000,
  sessionMaxMs: 12 * 60 * 60 * 1000,
} as const satisfies Partial<Policy>

export function resolvePolicy(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, ...overrides }
}
