import { INSU_STATUS_NAMES } from '../../domain/insurance'
import type { RequestContext } from '../context'
import { requirePerson } from '../state/persons'
import type { BindingRecord, PersonRecord } from '../state/records'
import { usedThisYear } from './annual-limit'

/**
 * O2 as the member sees it before paying: why this 共济人 would be skipped right now. It says
 * that the account is empty, never how much is in it.
 */
export function payerBlockedReason(
  ctx: RequestContext,
  binding: BindingRecord,
): string | undefined {
  const payer = requirePerson(ctx, binding.payer)
  if (payer.status !== '1') {
    return `共济人参保状态为“${INSU_STATUS_NAMES[payer.status]}”，暂不能支付`
  }
  if (binding.limit !== null && usedThisYear(ctx, binding) >= binding.limit) {
    return '本年度共济限额已用完'
  }
  if (payer.balance <= 0) return '共济人个人账户暂无余额，暂不能支付'
  return undefined
}

/** S7: an empty account does not block binding, but the 共济人 should know it cannot pay yet. */
export function zeroBalanceWarning(payer: PersonRecord): string | undefined {
  if (payer.balance > 0) return undefined
  return '绑定成功。您的个人账户当前余额为¥0.00，账户有资金划入后家庭成员才能使用共济资金。'
}
