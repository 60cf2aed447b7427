import { DomainError } from '../../domain/errors'
import { birthDateOf } from '../../domain/id-number'
import { isEmployeeInsurance } from '../../domain/insurance'
import { isNewbornOn, yearLabel } from '../../domain/premium-policy'
import { shanghaiDate } from '../../domain/shanghai-time'
import { assertPayerEligible } from '../binding/payer-eligibility'
import { callerOf, type RequestContext } from '../context'
import { findBinding } from '../state/bindings'
import { requirePerson } from '../state/persons'
import type { BindingRecord, PersonRecord } from '../state/records'

/** S1 for 代缴: only a 共济人 whose account can pay right now (a suspended one cannot, F4). */
export function requirePremiumPayer(ctx: RequestContext): PersonRecord {
  const payer = requirePerson(ctx, callerOf(ctx))
  assertPayerEligible(payer)
  return payer
}

/**
 * D1: the payee is an active 被共济人 of this payer. Someone else's binding, a binding that does not
 * exist and one that is not active all answer the same, so nothing about other families leaks.
 */
export function requirePayeeBinding(
  ctx: RequestContext,
  payer: PersonRecord,
  bindingId: string,
): BindingRecord {
  const binding = findBinding(ctx, bindingId)
  if (!binding || binding.payer !== payer.certno || binding.state !== 'active') {
    throw new DomainError('E_NOT_BOUND')
  }
  return binding
}

/**
 * D1: a 职工医保 person pays no resident premium; under policy `newbornAndSubsidisedExcluded` a
 * newborn in their birth year and a 资助参保 person are paid for by other channels.
 */
export function assertPayeeInsurable(ctx: RequestContext, payee: PersonRecord): void {
  if (isEmployeeInsurance(payee.insutype)) throw new DomainError('E_PAYEE_EMPLOYEE')
  if (!ctx.policy.newbornAndSubsidisedExcluded) return
  const newborn = isNewbornOn(birthDateOf(payee.certno), shanghaiDate(ctx.now))
  if (newborn || payee.subsidised) throw new DomainError('E_PAYEE_EXCLUDED')
}

/** D3: one payment per payee and year. */
export function assertNotPaid(payee: PersonRecord, year: number): void {
  if (payee.premiumsPaid.includes(year)) {
    throw new DomainError('E_ALREADY_PAID', { 年度: yearLabel(year) })
  }
}
