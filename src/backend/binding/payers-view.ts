import type { ManagedMember, MemberPayersOutput, PayerEntry } from '../../domain/api'
import { hasPersonalAccount } from '../../domain/insurance'
import type { RequestContext } from '../context'
import { findFamily, memberRecord, requireBinding } from '../state/bindings'
import { requirePerson } from '../state/persons'
import { bindingView, partyOf } from '../views'
import { loadBindings } from './binding-lifecycle'
import { mayOrder, orderedBindings } from './deduction-order'
import { payerBlockedReason } from './payer-availability'
import { decidesForThemself } from './self-consent'

/** O1/O2: a member's active 共济人 in deduction order, each with why it cannot pay now, if so. */
export function payerEntries(ctx: RequestContext, memberCertno: string): PayerEntry[] {
  return orderedBindings(ctx, memberCertno).map((binding, index) => {
    const entry: PayerEntry = { binding: bindingView(ctx, binding), order: index + 1 }
    const reason = payerBlockedReason(ctx, binding)
    if (reason !== undefined) entry.blocked_reason = reason
    return entry
  })
}

/** 5308: what the caller may use as 被共济人, and the children whose order they manage. */
export function memberPayersView(ctx: RequestContext, caller: string): MemberPayersOutput {
  const person = requirePerson(ctx, caller)
  const pending = loadBindings(ctx, memberRecord(ctx, caller).bindingIds)
    .filter((binding) => binding.state === 'pending')
    .map((binding) => bindingView(ctx, binding))
  return {
    own_account: hasPersonalAccount(person.insutype) ? { balc: person.balance } : null,
    payers: payerEntries(ctx, caller),
    pending,
    can_set_order: decidesForThemself(ctx, caller),
    managed: managedMembers(ctx, caller),
  }
}

/** O1: under-16 children for whom the caller is a parent and one of their active 共济人. */
function managedMembers(ctx: RequestContext, caller: string): ManagedMember[] {
  const family = findFamily(ctx, caller)
  if (!family) return []
  const members = family.bindingIds
    .map((id) => requireBinding(ctx, id))
    .filter((binding) => binding.state === 'active')
    .map((binding) => binding.member)
  return Array.from(new Set(members))
    .filter((member) => mayOrder(ctx, caller, member))
    .map((member) => ({ member: partyOf(ctx, member), payers: payerEntries(ctx, member) }))
}
