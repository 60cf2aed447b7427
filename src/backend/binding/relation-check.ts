import { DomainError } from '../../domain/errors'
import { isRelation, type Relation, relationOf } from '../../domain/kinship'
import type { RequestContext } from '../context'
import { kinLookup } from '../state/persons'

/** S2: only the 近亲属 of the picker may be declared (a typed-in 岳母 is not one of them). */
export function assertRelationOffered(value: string): asserts value is Relation {
  if (!isRelation(value)) throw new DomainError('E_RELATION_NOT_ALLOWED')
}

/**
 * S2: the registry decides the relation. Not 近亲属 at all (in-laws, strangers) is
 * E_RELATION_NOT_ALLOWED; 近亲属 under another name is E_RELATION_MISMATCH.
 */
export function assertRegistryRelation(
  ctx: RequestContext,
  payer: string,
  member: string,
  declared: Relation,
): void {
  const actual = relationOf(kinLookup(ctx), payer, member)
  if (actual === null) throw new DomainError('E_RELATION_NOT_ALLOWED')
  if (actual !== declared) throw new DomainError('E_RELATION_MISMATCH')
}
