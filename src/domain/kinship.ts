/**
 * 近亲属 (rule S2), derived from the only facts the registry stores: parent links and spouse links.
 * Every relation is "what the member is to the 共济人", as the picker shows it.
 */
export const RELATIONS = [
  '配偶',
  '父亲',
  '母亲',
  '子女',
  '兄弟姐妹',
  '祖父母',
  '外祖父母',
  '孙子女',
  '外孙子女',
] as const

export type Relation = (typeof RELATIONS)[number]

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && (RELATIONS as readonly string[]).includes(value)
}

export interface KinFacts {
  sex: '1' | '2'
  parents: readonly string[]
  spouse?: string
}

export type KinLookup = (certno: string) => KinFacts | undefined

function parentsOf(lookup: KinLookup, certno: string): readonly string[] {
  return lookup(certno)?.parents ?? []
}

function parentOfSex(lookup: KinLookup, certno: string, sex: '1' | '2'): string | undefined {
  return parentsOf(lookup, certno).find((p) => lookup(p)?.sex === sex)
}

/** The relation of `member` to `payer`, or null when they are not 近亲属 (in-laws are not). */
export function relationOf(lookup: KinLookup, payer: string, member: string): Relation | null {
  if (payer === member) return null
  const payerFacts = lookup(payer)
  const memberFacts = lookup(member)
  if (!payerFacts || !memberFacts) return null
  if (payerFacts.spouse === member || memberFacts.spouse === payer) return '配偶'
  if (payerFacts.parents.includes(member)) return memberFacts.sex === '1' ? '父亲' : '母亲'
  if (memberFacts.parents.includes(payer)) return '子女'
  if (memberFacts.parents.some((p) => payerFacts.parents.includes(p))) return '兄弟姐妹'
  const payerFather = parentOfSex(lookup, payer, '1')
  const payerMother = parentOfSex(lookup, payer, '2')
  if (payerFather && parentsOf(lookup, payerFather).includes(member)) return '祖父母'
  if (payerMother && parentsOf(lookup, payerMother).includes(member)) return '外祖父母'
  const memberFather = parentOfSex(lookup, member, '1')
  const memberMother = parentOfSex(lookup, member, '2')
  if (memberFather && parentsOf(lookup, memberFather).includes(payer)) return '孙子女'
  if (memberMother && parentsOf(lookup, memberMother).includes(payer)) return '外孙子女'
  return null
}

/** Whether `person` is a parent of `child` (O1: a parent 共济人 may order an under-16 member). */
export function isParentOf(lookup: KinLookup, person: string, child: string): boolean {
  return parentsOf(lookup, child).includes(person)
}
