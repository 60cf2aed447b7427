import type { EndedBy } from '../../domain/api'
import {
  assertTransition,
  BINDING_STATE_NAMES,
  type BindingState,
} from '../../domain/binding-state'
import { DomainError } from '../../domain/errors'
import type { Relation } from '../../domain/kinship'
import { addDays } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { tellBinding } from '../inbox/binding-notices'
import {
  memberRecord,
  requireBinding,
  saveBinding,
  saveFamily,
  saveMember,
} from '../state/bindings'
import { nextNumber } from '../state/persons'
import type { BindingRecord, FamilyRecord } from '../state/records'
import { appendToOrder, removeFromOrder } from './deduction-order'
import { consentFor } from './self-consent'

export const EXPIRED_REASON = '成员未在有效期内确认，绑定申请已自动失效'

/**
 * F2: a pending binding past its expiry is expired. Nothing runs in the background, so whoever
 * reads it first makes it so; it closes at the moment it expired, not when it was noticed.
 */
export function refreshExpiry(ctx: RequestContext, binding: BindingRecord): BindingRecord {
  if (
    binding.state === 'pending' &&
    binding.expiresAt !== undefined &&
    binding.expiresAt <= ctx.now
  ) {
    closeBinding(ctx, binding, 'expired', { by: 'auto', reason: EXPIRED_REASON }, binding.expiresAt)
  }
  return binding
}

export function loadBinding(ctx: RequestContext, id: string): BindingRecord {
  return refreshExpiry(ctx, requireBinding(ctx, id))
}

export function loadBindings(ctx: RequestContext, ids: readonly string[]): BindingRecord[] {
  return ids.map((id) => loadBinding(ctx, id))
}

export function assertActive(binding: BindingRecord): void {
  if (binding.state !== 'active') {
    throw new DomainError('E_BINDING_STATE', { 状态: BINDING_STATE_NAMES[binding.state] })
  }
}

/**
 * F2: a parent binding their child under 16 is active at once (and joins the child's deduction
 * order); anyone else waits: a member of 16 or more for themself, a younger one for a parent.
 */
export function createBinding(
  ctx: RequestContext,
  family: FamilyRecord,
  memberCertno: string,
  relation: Relation,
): BindingRecord {
  const needsConsent = consentFor(ctx, family.payer, memberCertno) !== null
  const binding: BindingRecord = {
    id: `B${String(nextNumber(ctx, 'binding')).padStart(8, '0')}`,
    payer: family.payer,
    member: memberCertno,
    relation,
    state: needsConsent ? 'pending' : 'active',
    createdAt: ctx.now,
    limit: null,
    used: {},
  }
  if (needsConsent) binding.expiresAt = addDays(ctx.now, ctx.policy.pendingDays)
  saveBinding(ctx, binding)
  family.bindingIds.push(binding.id)
  saveFamily(ctx, family)
  const member = memberRecord(ctx, memberCertno)
  member.bindingIds.push(binding.id)
  saveMember(ctx, member)
  if (binding.state === 'active') appendToOrder(ctx, memberCertno, binding.id)
  tellBinding(ctx, binding, binding.state === 'active' ? 'started' : 'waiting')
  return binding
}

/** F2: the confirmation (member's or parent's) makes a pending binding active, last in order. */
export function activateBinding(ctx: RequestContext, binding: BindingRecord): void {
  assertTransition(binding.state, 'active')
  binding.state = 'active'
  binding.confirmedAt = ctx.now
  saveBinding(ctx, binding)
  appendToOrder(ctx, binding.member, binding.id)
  tellBinding(ctx, binding, 'confirmed')
}

export interface Closure {
  by: EndedBy
  reason: string
}

/** F3/F5: a binding closes for good; the record stays as history, only the order forgets it. */
export function closeBinding(
  ctx: RequestContext,
  binding: BindingRecord,
  to: Exclude<BindingState, 'pending' | 'active'>,
  closure: Closure,
  at: number = ctx.now,
): void {
  assertTransition(binding.state, to)
  const wasActive = binding.state === 'active'
  binding.state = to
  binding.endedAt = at
  binding.endedBy = closure.by
  binding.endReason = closure.reason
  saveBinding(ctx, binding)
  if (wasActive) removeFromOrder(ctx, binding.member, binding.id)
  tellBinding(ctx, binding, to, at)
}
