import { DomainError } from '../../domain/errors'
import { birthDateOf } from '../../domain/id-number'
import { isEmployeeInsurance } from '../../domain/insurance'
import { isNewbornFor, yearLabel } from '../../domain/premium-policy'
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
 * newborn for the premium year of their birth and a 资助参保 person are paid for by other
 * channels. The message says which exclusion it is and when it ends.
 */
export function assertPayeeInsurable(
  ctx: RequestContext,
  payee: PersonRecord,
  premiumYear: number,
): void {
  if (isEmployeeInsurance(payee.insutype)) throw new DomainError('E_PAYEE_EMPLOYEE')
  if (!ctx.policy.newbornAndSubsidisedExcluded) return
  if (payee.subsidised) {
    throw new DomainError('E_PAYEE_EXCLUDED', {
      类别: '资助参保人员',
      说明: '个人缴费部分由政府资助，暂不支持个人账户代缴；资助身份取消后可以代缴。',
    })
  }
  const birthYear = Number(birthDateOf(payee.certno).slice(0, 4))
  if (isNewbornFor(birthDateOf(payee.certno), premiumYear)) {
    throw new DomainError('E_PAYEE_EXCLUDED', {
      类别: `新生儿（${birthYear}年出生）`,
      说明: `出生当年的${yearLabel(birthYear)}居民医保暂不支持个人账户代缴，${yearLabel(birthYear + 1)}起可以代缴。`,
    })
  }
}

/** D3: one payment per payee and year. */
export function assertNotPaid(payee: PersonRecord, year: number): void {
  if (payee.premiumsPaid.includes(year)) {
    throw new DomainError('E_ALREADY_PAID', { 年度: yearLabel(year) })
  }
}
