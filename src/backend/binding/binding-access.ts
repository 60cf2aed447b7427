import { DomainError } from '../../domain/errors'
import { callerOf, type RequestContext } from '../context'
import { findBinding } from '../state/bindings'
import type { BindingRecord } from '../state/records'
import { refreshExpiry } from './binding-lifecycle'
import { isGuardianOf } from './self-consent'

/** The 共济人, the member, or a parent acting for a member under 16 (F2). */
export type Side = 'payer' | 'member' | 'guardian'

/**
 * A1: a binding exists for its parties only; which party may do what is each transaction's rule.
 * A binding that does not exist and one that is not the caller's answer the same (no oracle);
 * only a party learns that a step is not theirs to take.
 */
export function loadOwnBinding(
  ctx: RequestContext,
  id: string,
  allowed: readonly Side[],
): { binding: BindingRecord; side: Side } {
  const caller = callerOf(ctx)
  const binding = findBinding(ctx, id)
  const side = binding ? sideOf(ctx, binding, caller) : null
  if (!binding || side === null) throw new DomainError('E_NOT_FOUND')
  if (!allowed.includes(side)) throw new DomainError('E_FORBIDDEN')
  return { binding: refreshExpiry(ctx, binding), side }
}

export function sideOf(ctx: RequestContext, binding: BindingRecord, certno: string): Side | null {
  if (binding.payer === certno) return 'payer'
  if (binding.member === certno) return 'member'
  if (isGuardianOf(ctx, certno, binding.member)) return 'guardian'
  return null
}
