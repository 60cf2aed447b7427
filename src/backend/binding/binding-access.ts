import { DomainError } from '../../domain/errors'
import { callerOf, type RequestContext } from '../context'
import { requireBinding } from '../state/bindings'
import type { BindingRecord } from '../state/records'
import { refreshExpiry } from './binding-lifecycle'

export type Side = 'payer' | 'member'

/**
 * A1: a binding exists for its two sides only; which side may do what is each transaction's rule.
 * The access check comes before anything about the binding's state is revealed.
 */
export function loadOwnBinding(
  ctx: RequestContext,
  id: string,
  allowed: readonly Side[],
): { binding: BindingRecord; side: Side } {
  const binding = requireBinding(ctx, id)
  const caller = callerOf(ctx)
  const side = sideOf(binding, caller)
  if (side === null || !allowed.includes(side)) throw new DomainError('E_FORBIDDEN')
  return { binding: refreshExpiry(ctx, binding), side }
}

export function sideOf(binding: BindingRecord, certno: string): Side | null {
  if (binding.payer === certno) return 'payer'
  if (binding.member === certno) return 'member'
  return null
}
