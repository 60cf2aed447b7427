import type { FamilyGetOutput, FamilyView } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import { loadBindings } from '../binding/binding-lifecycle'
import { assertPayerEligible } from '../binding/payer-eligibility'
import { callerOf, type RequestContext } from '../context'
import { none, object, optionalBool } from '../input'
import { reserveView } from '../reserve/account-reserve'
import { findFamily, saveFamily } from '../state/bindings'
import { requirePerson } from '../state/persons'
import type { PersonRecord } from '../state/records'
import { bindingView, iso } from '../views'
import { defineTransaction } from './transaction'

/** The caller's own 共济家庭 with every binding it ever had (history is kept), oldest first. */
function familyView(ctx: RequestContext, payerCertno: string): FamilyView | null {
  const family = findFamily(ctx, payerCertno)
  if (!family) return null
  const payer = requirePerson(ctx, payerCertno)
  return {
    created_at: iso(family.createdAt),
    bindings: loadBindings(ctx, family.bindingIds).map((binding) => bindingView(ctx, binding)),
    max_members: ctx.policy.maxMembersPerFamily,
    balc: payer.balance,
    reserve: reserveView(ctx, payer),
  }
}

/** S1 as an answer rather than a rejection, so the page can say why before anything is tried. */
function payerRefusal(person: PersonRecord): FamilyGetOutput['payer_refusal'] {
  try {
    assertPayerEligible(person)
    return undefined
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return { err_code: error.code, err_msg: error.message }
  }
}

export const familyGet = defineTransaction({
  infno: '5301',
  name: 'family.get',
  who: 'session',
  mutates: false,
  summary:
    '我的共济家庭：作为共济人的全部绑定（成员、关系、状态、限额、本年已共济）；未创建时为 null；不能作为共济人时附原因',
  parse: none,
  run(ctx) {
    const caller = callerOf(ctx)
    const output: FamilyGetOutput = { family: familyView(ctx, caller) }
    const refusal = payerRefusal(requirePerson(ctx, caller))
    if (refusal) output.payer_refusal = refusal
    return output
  },
})

export const familyCreate = defineTransaction({
  infno: '5302',
  name: 'family.create',
  who: 'session',
  mutates: true,
  summary: '创建共济家庭：本人须可作为共济人（职工医保、正常参保、河南参保），并同意承诺书',
  parse(raw) {
    // A missing pledge is the same as an unticked box: the citizen is asked to agree.
    return { pledge: optionalBool(object(raw), 'pledge') ?? false }
  },
  run(ctx, input) {
    const payer = requirePerson(ctx, callerOf(ctx))
    assertPayerEligible(payer)
    if (!input.pledge) throw new DomainError('E_PLEDGE_REQUIRED')
    if (findFamily(ctx, payer.certno)) throw new DomainError('E_FAMILY_EXISTS')
    saveFamily(ctx, { payer: payer.certno, createdAt: ctx.now, bindingIds: [] })
    return { family: familyView(ctx, payer.certno) }
  },
})
