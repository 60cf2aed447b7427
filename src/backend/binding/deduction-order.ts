import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import { memberRecord, requireBinding, saveMember } from '../state/bindings'
import type { BindingRecord } from '../state/records'
import { decidesForThemself, isGuardianOf } from './self-consent'

/** O1: each member has one list of their active 共济人; a new one goes to the end. */
export function appendToOrder(ctx: RequestContext, memberCertno: string, bindingId: string): void {
  const member = memberRecord(ctx, memberCertno)
  if (!member.order.includes(bindingId)) member.order.push(bindingId)
  saveMember(ctx, member)
}

export function removeFromOrder(
  ctx: RequestContext,
  memberCertno: string,
  bindingId: string,
): void {
  const member = memberRecord(ctx, memberCertno)
  member.order = member.order.filter((id) => id !== bindingId)
  saveMember(ctx, member)
}

/** The member's active bindings, first payer first. */
export function orderedBindings(ctx: RequestContext, memberCertno: string): BindingRecord[] {
  return memberRecord(ctx, memberCertno).order.map((id) => requireBinding(ctx, id))
}

/**
 * O1 and F2: from 16 the member orders their own list; before that a parent acts as the member
 * (the child cannot, and a grandparent 共济人 cannot either).
 */
export function mayOrder(ctx: RequestContext, caller: string, memberCertno: string): boolean {
  if (caller === memberCertno) return decidesForThemself(ctx, memberCertno)
  return isGuardianOf(ctx, caller, memberCertno)
}

/** A new order must name exactly the member's active bindings, each once. */
export function reorder(ctx: RequestContext, memberCertno: string, bindingIds: string[]): void {
  const member = memberRecord(ctx, memberCertno)
  const isPermutation =
    bindingIds.length === member.order.length &&
    new Set(bindingIds).size === bindingIds.length &&
    bindingIds.every((id) => member.order.includes(id))
  if (!isPermutation) throw new DomainError('E_BAD_REQUEST', { 字段: 'binding_ids' })
  member.order = [...bindingIds]
  saveMember(ctx, member)
}
