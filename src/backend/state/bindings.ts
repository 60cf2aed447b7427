import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import { keys } from './keys'
import type { BindingRecord, FamilyRecord, MemberRecord } from './records'

export function findBinding(ctx: RequestContext, id: string): BindingRecord | undefined {
  return ctx.uow.get<BindingRecord>(keys.binding(id))
}

export function requireBinding(ctx: RequestContext, id: string): BindingRecord {
  const binding = findBinding(ctx, id)
  if (!binding) throw new DomainError('E_NOT_FOUND')
  return binding
}

export function saveBinding(ctx: RequestContext, binding: BindingRecord): void {
  ctx.uow.put(keys.binding(binding.id), binding)
}

export function findFamily(ctx: RequestContext, payer: string): FamilyRecord | undefined {
  return ctx.uow.get<FamilyRecord>(keys.family(payer))
}

export function saveFamily(ctx: RequestContext, family: FamilyRecord): void {
  ctx.uow.put(keys.family(family.payer), family)
}

/** A member's record, created empty the first time someone binds them. */
export function memberRecord(ctx: RequestContext, certno: string): MemberRecord {
  return ctx.uow.get<MemberRecord>(keys.member(certno)) ?? { certno, bindingIds: [], order: [] }
}

export function saveMember(ctx: RequestContext, member: MemberRecord): void {
  ctx.uow.put(keys.member(member.certno), member)
}
