import type { ReserveView } from '../../domain/api'
import { type Fen, formatYuan } from '../../domain/money'
import {
  aboveReserve,
  NO_RESERVE,
  reserveAmount,
  type ReserveRule,
  reserveSentence,
} from '../../domain/reserve'
import type { RequestContext } from '../context'
import { findBinding, findFamily } from '../state/bindings'
import { savePerson } from '../state/persons'
import type { PersonRecord } from '../state/records'
import { currentYear } from '../views'

/**
 * R1: what members' spending took from this account this calendar year, net of refunds: the sum
 * of every binding's use (ended ones too, since what they took still counts toward the pool).
 */
export function membersSpentThisYear(ctx: RequestContext, payer: PersonRecord): Fen {
  const year = String(currentYear(ctx))
  const family = findFamily(ctx, payer.certno)
  if (!family) return 0
  return family.bindingIds.reduce((sum, id) => sum + (findBinding(ctx, id)?.used[year] ?? 0), 0)
}

export function reserveRuleOf(payer: PersonRecord): ReserveRule {
  return payer.reserve ?? NO_RESERVE
}

/** R1: the reserve of this account right now, 分. */
export function currentReserve(ctx: RequestContext, payer: PersonRecord): Fen {
  const rule = reserveRuleOf(payer)
  if (rule.mode === 'none') return 0
  return reserveAmount(rule, payer.balance, membersSpentThisYear(ctx, payer))
}

/** R3: a change applies to settlements after it. */
export function setReserve(ctx: RequestContext, payer: PersonRecord, rule: ReserveRule): void {
  if (rule.mode === 'none') delete payer.reserve
  else payer.reserve = rule
  savePerson(ctx, payer)
}

export function reserveView(ctx: RequestContext, payer: PersonRecord): ReserveView {
  const rule = reserveRuleOf(payer)
  const amount = currentReserve(ctx, payer)
  return {
    mode: rule.mode,
    value: rule.mode === 'none' ? 0 : rule.value,
    amount,
    avail: aboveReserve(payer.balance, amount),
    sentence: reserveSentence(rule),
  }
}

/** R2: the 共济人's own act is never blocked by the reserve, but they are told it went into it. */
export function intoReserveWarning(
  ctx: RequestContext,
  payer: PersonRecord,
  amount: Fen,
): string | undefined {
  const reserve = currentReserve(ctx, payer)
  if (reserve === 0 || payer.balance - amount >= reserve) return undefined
  return `本次支出动用了您的自留金额（${formatYuan(reserve)}），支出后账户余额将低于自留金额。`
}
