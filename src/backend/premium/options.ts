import type { PremiumMemberOption, PremiumOptionsOutput } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import {
  outOfPeriodError,
  premiumYearOn,
  type PremiumYearOnDate,
} from '../../domain/premium-policy'
import { shanghaiDate } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { findBinding, findFamily } from '../state/bindings'
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

/** The first reason 5311 would refuse this payee, judged in the same order 5311 judges them. */
function refusal(
  ctx: RequestContext,
  payee: PersonRecord,
  shown: PremiumYearOnDate,
): DomainError | undefined {
  try {
    assertPayeeInsurable(ctx, payee)
    if (!shown.open) throw outOfPeriodError(shown.premiumYear)
    assertNotPaid(payee, shown.premiumYear.year)
    return undefined
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
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
    payable: true,
  }
  const why = refusal(ctx, payee, shown)
  if (why) {
    option.payable = false
    option.err_code = why.code
    option.err_msg = why.message
  }
  return option
}

/** 5310: what the 共济人 may pay for now; only active bindings can be paid for, so only they show. */
export function premiumOptions(ctx: RequestContext): PremiumOptionsOutput {
  const payer = requirePremiumPayer(ctx)
  const family = findFamily(ctx, payer.certno)
  if (!family) throw new DomainError('E_NO_FAMILY')
  const shown = shownYear(ctx)
  const active = family.bindingIds
    .map((id) => findBinding(ctx, id))
    .filter((b): b is BindingRecord => b !== undefined && b.state === 'active')
  const pinState = pinStateOf(ctx, payer)
  if (!pinState) throw new DomainError('E_FORBIDDEN')
  return {
    year: shown.premiumYear.year,
    standard: shown.premiumYear.standard,
    period_start: shown.premiumYear.periodStart,
    period_end: shown.premiumYear.periodEnd,
    open: shown.open,
    balc: payer.balance,
    pin_state: pinState,
    members: active.map((binding) => memberOption(ctx, binding, shown)),
  }
}
