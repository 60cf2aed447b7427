import { countsTowardFamily } from '../../domain/binding-state'
import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import { memberRecord } from '../state/bindings'
import type { FamilyRecord } from '../state/records'
import { loadBindings } from './binding-lifecycle'

/** S4: one open binding per pair; a declined, expired or ended one does not stand in the way. */
export function assertNotDuplicate(
  ctx: RequestContext,
  family: FamilyRecord,
  memberCertno: string,
): void {
  const open = loadBindings(ctx, family.bindingIds).some(
    (binding) => binding.member === memberCertno && countsTowardFamily(binding.state),
  )
  if (open) throw new DomainError('E_DUPLICATE')
}

/** S5: active and pending bindings of one 共济人 together. */
export function assertFamilyHasRoom(ctx: RequestContext, family: FamilyRecord): void {
  const max = ctx.policy.maxMembersPerFamily
  const count = loadBindings(ctx, family.bindingIds).filter((b) => countsTowardFamily(b.state))
  if (count.length >= max) throw new DomainError('E_FAMILY_FULL', { N: max })
}

/** S6: only active bindings count, so it is checked again when a pending one is confirmed. */
export function assertMemberHasRoom(ctx: RequestContext, memberCertno: string): void {
  const max = ctx.policy.maxPayersPerMember
  const active = loadBindings(ctx, memberRecord(ctx, memberCertno).bindingIds).filter(
    (binding) => binding.state === 'active',
  )
  if (active.length >= max) throw new DomainError('E_MEMBER_HAS_PAYER', { N: max })
}
