import type { Policy } from '../../domain/policy'
import { startOfNextShanghaiDay } from '../../domain/shanghai-time'

const HOUR_MS = 60 * 60 * 1000
const OFFSET_MS = 8 * HOUR_MS
const DAY_MS = 24 * HOUR_MS

/** The hour of the day in Shanghai, with its fraction (22.5 is 22:30). */
function shanghaiHour(epochMs: number): number {
  return ((((epochMs + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS
}

/** W2: transfers are open from 06:00 up to (not including) 22:00, Shanghai time. */
export function transfersOpen(policy: Policy, epochMs: number): boolean {
  const hour = shanghaiHour(epochMs)
  return hour >= policy.walletOpensHour && hour < policy.walletClosesHour
}

/** W3: a transfer not accepted is returned at 06:00 on the day after it was made. */
export function returnDueAt(policy: Policy, createdAt: number): number {
  return startOfNextShanghaiDay(createdAt) + policy.walletOpensHour * HOUR_MS
}

export { hourLabel } from '../../domain/shanghai-time'
