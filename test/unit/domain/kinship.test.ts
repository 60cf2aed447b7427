import { DEMO_POPULATION } from '../../../src/backend/seed/demo-population'
import { sexOf } from '../../../src/domain/id-number'
import {
  isParentOf,
  isRelation,
  type KinFacts,
  type KinLookup,
  relationOf,
} from '../../../src/domain/kinship'
import { CERT } from '../../support/public/demo'

/** The registry facts of the demo population, as the backend's lookup gives them. */
const demo: KinLookup = (certno) => {
  const person = DEMO_POPULATION.find((p) => p.certno === certno)
  if (!person) return undefined
  return { sex: sexOf(certno), parents: person.parents, spouse: person.spouse }
}

/** A second family for the relations the demo population lacks (wife's side, in-laws). */
const SMALL: Record<string, KinFacts> = {
  grandpaM: { sex: '1', parents: [] },
  grandmaM: { sex: '2', parents: [] },
  mother: { sex: '2', parents: ['grandpaM', 'grandmaM'], spouse: 'father' },
  father: { sex: '1', parents: [] },
  daughter: { sex: '2', parents: ['father', 'mother'], spouse: 'sonInLaw' },
  sonInLaw: { sex: '1', parents: ['inLawMother'] },
  inLawMother: { sex: '2', parents: [] },
  halfBrother: { sex: '1', parents: ['mother'] },
  granddaughter: { sex: '2', parents: ['sonInLaw', 'daughter'] },
}
const small: KinLookup = (id) => SMALL[id]

const rel = (payer: keyof typeof CERT, member: keyof typeof CERT) =>
  relationOf(demo, CERT[payer], CERT[member])

describe('近亲属 from parent and spouse links (S2)', () => {
  it.each([
    ['张建国', '李秀兰', '配偶'],
    ['李秀兰', '张建国', '配偶'],
    ['张建国', '王桂芝', '母亲'],
    ['张建国', '张德明', '父亲'],
    ['李秀兰', '周淑珍', '母亲'],
    ['张建国', '张浩然', '子女'],
    ['李秀兰', '张雨萱', '子女'],
    ['张伟', '张浩然', '兄弟姐妹'],
    ['张建国', '张建军', '兄弟姐妹'],
    ['张浩然', '王桂芝', '祖父母'],
    ['张浩然', '周淑珍', '外祖父母'],
    ['张建国', '张小满', '孙子女'],
    ['李秀兰', '张小满', '孙子女'],
    ['张伟', '张小满', '子女'],
    ['张小满', '张建国', '祖父母'],
  ] as const)('%s → %s is %s', (payer, member, relation) => {
    expect(rel(payer, member)).toBe(relation)
  })

  it.each([
    ['张建国', '周淑珍', '岳母'],
    ['周淑珍', '张建国', '女婿'],
    ['张建军', '李秀兰', '嫂子'],
    ['张建国', '刘强', 'a stranger'],
    ['张建国', '张建国', 'oneself'],
  ] as const)('%s → %s is not 近亲属 (%s)', (payer, member, _why) => {
    expect(rel(payer, member)).toBeNull()
  })

  it('covers the wife’s side, half siblings and in-laws', () => {
    expect(relationOf(small, 'daughter', 'grandmaM')).toBe('外祖父母')
    expect(relationOf(small, 'grandpaM', 'daughter')).toBe('外孙子女')
    expect(relationOf(small, 'mother', 'granddaughter')).toBe('外孙子女')
    expect(relationOf(small, 'inLawMother', 'granddaughter')).toBe('孙子女')
    expect(relationOf(small, 'daughter', 'halfBrother')).toBe('兄弟姐妹')
    expect(relationOf(small, 'father', 'sonInLaw')).toBeNull()
    expect(relationOf(small, 'daughter', 'inLawMother')).toBeNull()
    expect(relationOf(small, 'father', 'halfBrother')).toBeNull()
    expect(relationOf(small, 'father', 'nobody')).toBeNull()
  })

  it('is consistent both ways across the whole demo population', () => {
    const inverse: Record<string, string[]> = {
      配偶: ['配偶'],
      父亲: ['子女'],
      母亲: ['子女'],
      子女: ['父亲', '母亲'],
      兄弟姐妹: ['兄弟姐妹'],
      祖父母: ['孙子女'],
      外祖父母: ['外孙子女'],
      孙子女: ['祖父母', '外祖父母'],
      外孙子女: ['祖父母', '外祖父母'],
    }
    for (const a of DEMO_POPULATION) {
      for (const b of DEMO_POPULATION) {
        const forward = relationOf(demo, a.certno, b.certno)
        const backward = relationOf(demo, b.certno, a.certno)
        if (forward === null) expect(backward).toBeNull()
        else expect(inverse[forward]).toContain(backward)
      }
    }
  })

  it('knows who is a parent (O1)', () => {
    expect(isParentOf(demo, CERT.李秀兰, CERT.张浩然)).toBe(true)
    expect(isParentOf(demo, CERT.张伟, CERT.张浩然)).toBe(false)
    expect(isParentOf(demo, CERT.张建国, CERT.张小满)).toBe(false)
  })

  it('offers exactly the picker’s relations', () => {
    expect(isRelation('外孙子女')).toBe(true)
    expect(isRelation('岳母')).toBe(false)
    expect(isRelation(3)).toBe(false)
  })
})
