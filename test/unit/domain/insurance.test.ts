import { hasPersonalAccount, isEmployeeInsurance, isInsured } from '../../../src/domain/insurance'

describe('险种 rules in one place', () => {
  it('only 职工医保 (310) has a personal account and counts as employee insurance', () => {
    expect(hasPersonalAccount('310')).toBe(true)
    expect(isEmployeeInsurance('310')).toBe(true)
    for (const other of ['390', null, undefined] as const) {
      expect(hasPersonalAccount(other)).toBe(false)
      expect(isEmployeeInsurance(other)).toBe(false)
    }
  })

  it('counts as insured anyone with a 险种 who is not 未参保, suspended included', () => {
    expect(isInsured({ insutype: '390', status: '1' })).toBe(true)
    expect(isInsured({ insutype: '310', status: '2' })).toBe(true)
    expect(isInsured({ insutype: '310', status: '0' })).toBe(false)
    expect(isInsured({ insutype: null, status: '1' })).toBe(false)
  })
})
