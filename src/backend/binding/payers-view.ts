import type { ManagedMember, MemberPayersOutput, PayerEntry } from '../../domain/api'
import { hasPersonalAccount } from '../../domain/insurance'
import type { RequestContext } from '../context'
import { memberRecord } from '../state/bindings'
import { childrenOf, requirePerson } from '../state/persons'
import type { BindingRecord } from '../state/records'
import { bindingView, partyOf } from '../views'
import { loadBindings } from './binding-lifecycle'
import { orderedBindings } from './deduction-order'
import { payerAvailable, payerBlockedReason } from './payer-availability'
import { confirmerOf, decidesForThemself, isGuardianOf } from './self-consent'

/** O1/O2: a member's active 共济人 in deduction order, each with why it cannot pay now, if so. */
export function payerEntries(ctx: RequestContext, memberCertno: string): PayerEntry[] {
  return orderedBindings(ctx, memberCertno).map((binding, index) => {
    const entry: PayerEntry = {
      binding: bindingView(ctx, binding),
      order: index + 1,
      avail: payerAvailable(ctx, binding),
    }
    const reason = payerBlockedReason(ctx, binding)
    if (reason !== undefined) entry.blocked_reason = reason
    return entry
  })
}

function waitingFor(
  ctx: RequestContext,
  member: string,
  confirmer: 'member' | 'guardian',
): BindingRecord[] {
  return loadBindings(ctx, memberRecord(ctx, member).bindingIds).filter(
    (binding) => binding.state === 'pending' && confirmerOf(ctx, binding) === confirmer,
  )
}

/**
 * 5308: what the caller may use as 被共济人; the requests waiting for them, as the member or (F2)
 * as a parent of a member under 16; and the children whose order they set for them (O1).
 */
export function memberPayersView(ctx: RequestContext, caller: string): MemberPayersOutput {
  const person = requirePerson(ctx, caller)
  const children = childrenOf(ctx, caller).filter((child) => isGuardianOf(ctx, caller, child))
  const pending = [
    ...waitingFor(ctx, caller, 'member'),
    ...children.flatMap((child) => waitingFor(ctx, child, 'guardian')),
  ].map((binding) => bindingView(ctx, binding))
  return {
    own_account: hasPersonalAccount(person.insutype) ? { balc: person.balance } : null,
    payers: payerEntries(ctx, caller),
    pending,
    can_set_order: decidesForThemself(ctx, caller),
    managed: managedMembers(ctx, children),
  }
}

/** O1 and F2: the caller's children under 16 who have 共济人; a parent sets their order. */
function managedMembers(ctx: RequestContext, children: readonly string[]): ManagedMember[] {
  return children
    .filter((child) => orderedBindings(ctx, child).length > 0)
    .map((child) => ({ member: partyOf(ctx, child), payers: payerEntries(ctx, child) }))
}
