import { DomainError } from '../../domain/errors'
import { isRelation, type Relation, relationOf } from '../../domain/kinship'
import type { RequestContext } from '../context'
import { kinLookup } from '../state/persons'

/** S2: only the 近亲属 of the picker may be declared (a typed-in 岳母 is not one of them). */
export function assertRelationOffered(value: string): asserts value is Relation {
  if (!isRelation(value)) throw new DomainError('E_RELATION_NOT_ALLOWED')
}

/**
 * S2 when the registry knows no kinship: the relation picked was on the list (母亲 for a
 * mother-in-law), so the catalogue's list of relations would not say what is wrong.
 */
export const NOT_NEAR_RELATIVE =
  '登记信息显示该人员不是您的近亲属。岳父母、公婆、儿媳、女婿等姻亲不属于家庭共济的近亲属，不能绑定；可以由其本人的子女或配偶为其绑定。'

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
  if (actual === null) throw new DomainError('E_RELATION_NOT_ALLOWED', {}, NOT_NEAR_RELATIVE)
  if (actual !== declared) throw new DomainError('E_RELATION_MISMATCH')
}
