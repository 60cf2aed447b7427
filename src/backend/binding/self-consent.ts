import type { Confirmer } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import { isParentOf } from '../../domain/kinship'
import { SELF_CONSENT_AGE } from '../../domain/policy'
import type { RequestContext } from '../context'
import { findPerson, kinLookup } from '../state/persons'
import type { BindingRecord } from '../state/records'
import { ageOf } from '../views'

/** F2 and O1: from their 16th birthday (P2) a member confirms and orders for themself. */
export function decidesForThemself(ctx: RequestContext, certno: string): boolean {
  return ageOf(ctx, certno) >= SELF_CONSENT_AGE
}

/** The member's parents the registry knows as people: the ones who act for a child under 16. */
export function guardiansOf(ctx: RequestContext, member: string): string[] {
  return (findPerson(ctx, member)?.parents ?? []).filter((p) => findPerson(ctx, p) !== undefined)
}

/** F2: a parent acts as the member (confirms, declines, leaves, orders) while they are under 16. */
export function isGuardianOf(ctx: RequestContext, person: string, member: string): boolean {
  return !decidesForThemself(ctx, member) && guardiansOf(ctx, member).includes(person)
}

/**
 * F2: who must confirm a new binding, or null when it is active at once: a parent binding their
 * own child under 16 (the parent's pledge stands for the child). Any other child under 16 waits
 * for one of their parents; without a parent on record nobody can, so it is refused.
 */
export function consentFor(ctx: RequestContext, payer: string, member: string): Confirmer | null {
  if (decidesForThemself(ctx, member)) return 'member'
  if (isParentOf(kinLookup(ctx), payer, member)) return null
  if (guardiansOf(ctx, member).length === 0) throw new DomainError('E_GUARDIAN_REQUIRED')
  return 'guardian'
}

/** Who must confirm a pending binding now (a child may turn 16 while it waits). */
export function confirmerOf(ctx: RequestContext, binding: BindingRecord): Confirmer {
  return decidesForThemself(ctx, binding.member) ? 'member' : 'guardian'
}
