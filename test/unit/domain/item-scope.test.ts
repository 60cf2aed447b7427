import type { InstType, ItemCategory } from '../../../src/domain/api'
import { DomainError } from '../../../src/domain/errors'
import { assertInScope, isInScope } from '../../../src/domain/item-scope'

const NO_VACCINES = { vaccinesAllowed: false }
const VACCINES = { vaccinesAllowed: true }
const OUTLETS: InstType[] = ['医院门诊', '医院住院', '零售药店']

describe('§5 what personal-account money may pay', () => {
  it.each(['保健品', '生活用品', '美容'] as ItemCategory[])('never pays for %s', (category) => {
    for (const inst of OUTLETS) {
      expect(isInScope(inst, category, NO_VACCINES)).toBe(false)
      expect(isInScope(inst, category, VACCINES)).toBe(false)
    }
  })

  it.each(['药品', '医疗器械', '医用耗材'] as ItemCategory[])(
    'pays for %s at pharmacies and hospitals',
    (category) => {
      for (const inst of OUTLETS) expect(isInScope(inst, category, NO_VACCINES)).toBe(true)
    },
  )

  it('pays for 诊疗 only at hospitals (门诊 and 住院)', () => {
    expect(isInScope('医院门诊', '诊疗', NO_VACCINES)).toBe(true)
    expect(isInScope('医院住院', '诊疗', NO_VACCINES)).toBe(true)
    expect(isInScope('零售药店', '诊疗', NO_VACCINES)).toBe(false)
  })

  it('pays for 疫苗 only when the policy allows vaccines, and then only at a 医院门诊 (U2)', () => {
    for (const inst of OUTLETS) expect(isInScope(inst, '疫苗', NO_VACCINES)).toBe(false)
    expect(isInScope('医院门诊', '疫苗', VACCINES)).toBe(true)
    expect(isInScope('医院住院', '疫苗', VACCINES)).toBe(false)
    expect(isInScope('零售药店', '疫苗', VACCINES)).toBe(false)
  })

  it('rejects out-of-scope items with E_SCOPE', () => {
    expect(() => assertInScope('零售药店', '保健品', NO_VACCINES)).toThrow(
      expect.objectContaining({ code: 'E_SCOPE' }),
    )
    expect(() => assertInScope('零售药店', '诊疗', NO_VACCINES)).toThrow(DomainError)
    expect(() => assertInScope('零售药店', '药品', NO_VACCINES)).not.toThrow()
  })
})
