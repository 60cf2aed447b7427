import type { PremiumMemberOption, PremiumOptionsOutput } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import {
  outOfPeriodError,
  premiumYearOn,
  type PremiumYearOnDate,
} from '../../domain/premium-policy'
import { shanghaiDate } from '../../domain/shanghai-time'
import { loadBindings } from '../binding/binding-lifecycle'
import { confirmerOf } from '../binding/self-consent'
import type { RequestContext } from '../context'
import { currentReserve } from '../reserve/account-reserve'
import { findFamily } from '../state/bindings'
import { requirePerson } from '../state/persons'
import type { BindingRecord, PersonRecord } from '../state/records'
import { partyView, pinStateOf } from '../views'
import { assertNotPaid, assertPayeeInsurable, requirePremiumPayer } from './eligibility'

function shownYear(ctx: RequestContext): PremiumYearOnDate {
  const shown = premiumYearOn(ctx.policy.premiumYears, shanghaiDate(ctx.now))
  // An empty premium table is a broken policy override, not something a citizen can fix.
  if (!shown) throw new Error('policy.premiumYears is empty')
  return shown
}

type Refusal = Pick<DomainError, 'code' | 'message'>

/** The first reason 5311 would refuse this payee, judged in the same order 5311 judges them. */
function refusal(
  ctx: RequestContext,
  payee: PersonRecord,
  shown: PremiumYearOnDate,
): DomainError | undefined {
  try {
    assertPayeeInsurable(ctx, payee, shown.premiumYear.year)
    if (!shown.open) throw outOfPeriodError(shown.premiumYear)
    assertNotPaid(payee, shown.premiumYear.year)
    return undefined
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
}

/** D1: a pending binding cannot be paid for yet; say whose confirmation it waits for. */
function pendingRefusal(ctx: RequestContext, binding: BindingRecord, payee: PersonRecord): Refusal {
  const who = confirmerOf(ctx, binding) === 'member' ? `${payee.name}本人` : `${payee.name}的父母`
  return {
    code: 'E_NOT_BOUND',
    message: `绑定申请正等待${who}确认（在“共济绑定”的“待我确认”中同意，或到医保经办窗口办理），绑定生效后即可代缴。`,
  }
}

function memberOption(
  ctx: RequestContext,
  binding: BindingRecord,
  shown: PremiumYearOnDate,
): PremiumMemberOption {
  const payee = requirePerson(ctx, binding.member)
  const option: PremiumMemberOption = {
    binding_id: binding.id,
    member: partyView(ctx, payee),
    relation: binding.relation,
    state: binding.state,
    payable: true,
  }
  const why =
    binding.state === 'pending' ? pendingRefusal(ctx, binding, payee) : refusal(ctx, payee, shown)
  if (why) {
    option.payable = false
    option.err_code = why.code
    option.err_msg = why.message
  }
  return option
}

/**
 * 5310: what the 共济人 may pay for now: active bindings, and pending ones with what they wait
 * for (so a member still to confirm is not simply missing from the list).
 */
export function premiumOptions(ctx: RequestContext): PremiumOptionsOutput {
  const payer = requirePremiumPayer(ctx)
  const family = findFamily(ctx, payer.certno)
  if (!family) throw new DomainError('E_NO_FAMILY')
  const shown = shownYear(ctx)
  const listed = loadBindings(ctx, family.bindingIds).filter(
    (b) => b.state === 'active' || b.state === 'pending',
  )
  const pinState = pinStateOf(ctx, payer)
  if (!pinState) throw new DomainError('E_FORBIDDEN')
  return {
    year: shown.premiumYear.year,
    standard: shown.premiumYear.standard,
    period_start: shown.premiumYear.periodStart,
    period_end: shown.premiumYear.periodEnd,
    open: shown.open,
    balc: payer.balance,
    reserve_amount: currentReserve(ctx, payer),
    pin_state: pinState,
    members: listed.map((binding) => memberOption(ctx, binding, shown)),
  }
}
