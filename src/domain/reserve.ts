import type { ReserveMode } from './api'
import { DomainError } from './errors'
import { type Fen, formatYuan, isFen } from './money'

/** R1: what a 共济人 keeps for themselves: nothing, a fixed amount (分), or a percentage. */
export type ReserveRule =
  { mode: 'none' } | { mode: 'amount'; value: Fen } | { mode: 'percent'; value: number }

export const NO_RESERVE: ReserveRule = { mode: 'none' }
export const MIN_RESERVE_PERCENT = 1
export const MAX_RESERVE_PERCENT = 90

/** R1: E_RESERVE_INVALID for a negative or fractional amount or a percentage outside 1–90. */
export function reserveRule(mode: ReserveMode, value: number): ReserveRule {
  if (mode === 'none') return NO_RESERVE
  if (mode === 'amount') {
    if (!isFen(value) || value < 0) throw new DomainError('E_RESERVE_INVALID')
    return { mode, value }
  }
  const whole = Number.isInteger(value)
  if (!whole || value < MIN_RESERVE_PERCENT || value > MAX_RESERVE_PERCENT) {
    throw new DomainError('E_RESERVE_INVALID')
  }
  return { mode, value }
}

/**
 * R1: the reserve in 分. A percentage applies to this year's pool, the balance plus what members'
 * spending took this calendar year, so it does not shrink as members spend (rounded down).
 */
export function reserveAmount(rule: ReserveRule, balance: Fen, membersSpentThisYear: Fen): Fen {
  if (rule.mode === 'none') return 0
  if (rule.mode === 'amount') return rule.value
  return Math.floor(((balance + membersSpentThisYear) * rule.value) / 100)
}

/** R3: what members' settlements may take now: the balance above the reserve. */
export function aboveReserve(balance: Fen, reserve: Fen): Fen {
  return Math.max(0, balance - reserve)
}

/** R1: the sentence under the 自留金额 choice, saying what members can no longer use. */
export function reserveSentence(rule: ReserveRule): string {
  if (rule.mode === 'none') return '不自留：家人可以用到账户里的全部余额。'
  if (rule.mode === 'amount') {
    return `家人用不到账户里的最后${formatYuan(rule.value)}，这部分只留给您自己。`
  }
  return `家人今年最多用到账户资金的${100 - rule.value}%，其余${rule.value}%只留给您自己。`
}
