import type { Fen } from '../../domain/money'
import { availableOf, payerSkipReason, skipReasonText } from '../../domain/settlement-split'
import type { RequestContext } from '../context'
import { payerCandidate } from '../settlement/payer-candidate'
import { requirePerson } from '../state/persons'
import type { BindingRecord, PersonRecord } from '../state/records'
import { currentYear } from '../views'

/**
 * O2 as the member sees it before paying: why this 共济人 would be skipped right now, in the
 * settlement's own words. It says that the account is empty, never how much is in it.
 */
export function payerBlockedReason(
  ctx: RequestContext,
  binding: BindingRecord,
): string | undefined {
  const payer = requirePerson(ctx, binding.payer)
  const member = requirePerson(ctx, binding.member)
  const candidate = payerCandidate(ctx, binding, payer, String(currentYear(ctx)))
  const reason = payerSkipReason(candidate, member.status)
  return reason ? skipReasonText(reason) : undefined
}

/**
 * R3: 可用额度, what a settlement for the member could take from this 共济人 now (above the
 * reserve, within the limit; 0 when the 共济人 would be skipped). Never the balance itself.
 */
export function payerAvailable(ctx: RequestContext, binding: BindingRecord): Fen {
  const payer = requirePerson(ctx, binding.payer)
  const member = requirePerson(ctx, binding.member)
  const candidate = payerCandidate(ctx, binding, payer, String(currentYear(ctx)))
  return payerSkipReason(candidate, member.status) ? 0 : availableOf(candidate)
}

/** S7: an empty account does not block binding, but the 共济人 should know it cannot pay yet. */
export function zeroBalanceWarning(payer: PersonRecord): string | undefined {
  if (payer.balance > 0) return undefined
  return '绑定成功。您的个人账户当前余额为¥0.00，账户有资金划入后家庭成员才能使用共济资金。'
}
