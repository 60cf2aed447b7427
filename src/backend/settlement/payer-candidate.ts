import type { PayerCandidate } from '../../domain/settlement-split'
import type { RequestContext } from '../context'
import { currentReserve } from '../reserve/account-reserve'
import type { BindingRecord, PersonRecord } from '../state/records'

/** The facts O2 needs about one 共济人 of a binding, for the calendar year `year`. */
export function payerCandidate(
  ctx: RequestContext,
  binding: BindingRecord,
  payer: PersonRecord,
  year: string,
): PayerCandidate {
  return {
    bindingId: binding.id,
    payer: payer.certno,
    bindingState: binding.state,
    payerStatus: payer.status,
    balance: payer.balance,
    reserve: currentReserve(ctx, payer),
    limit: ctx.policy.limitsEnabled ? binding.limit : null,
    usedThisYear: binding.used[year] ?? 0,
  }
}
