import { DomainError } from '../../../src/domain/errors'
import { DEFAULT_POLICY, type PremiumYear } from '../../../src/domain/policy'
import {
  assertStandardAmount,
  assertYearOpen,
  chineseDate,
  isInPeriod,
  isNewbornFor,
  premiumYearOn,
} from '../../../src/domain/premium-policy'

const YEARS = DEFAULT_POLICY.premiumYears
const Y2027 = YEARS.find((y) => y.year === 2027) as PremiumYear

function errorOf(fn: () => unknown): DomainError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a DomainError')
}

describe('premium policy (D2)', () => {
  it('counts both ends of the collection period as inside it', () => {
    expect(isInPeriod(Y2027, '2026-08-31')).toBe(false)
    expect(isInPeriod(Y2027, '2026-09-01')).toBe(true)
    expect(isInPeriod(Y2027, '2026-12-31')).toBe(true)
    expect(isInPeriod(Y2027, '2027-01-01')).toBe(false)
  })

  it('shows the open year, else the next one to open', () => {
    expect(premiumYearOn(YEARS, '2026-11-23')).toEqual({ premiumYear: Y2027, open: true })
    expect(premiumYearOn(YEARS, '2026-03-01')).toEqual({ premiumYear: Y2027, open: false })
    expect(premiumYearOn(YEARS, '2025-10-01')?.premiumYear.year).toBe(2026)
    expect(premiumYearOn(YEARS, '2020-01-01')?.premiumYear.year).toBe(2025)
    expect(premiumYearOn([], '2026-11-23')).toBeUndefined()
  })

  it('never runs out: after the table, year Y opens on (Y−1)-09-01 at the latest standard', () => {
    const y2028 = {
      year: 2028,
      periodStart: '2027-09-01',
      periodEnd: '2027-12-31',
      standard: 40000,
    }
    expect(premiumYearOn(YEARS, '2027-01-01')).toEqual({ premiumYear: y2028, open: false })
    expect(premiumYearOn(YEARS, '2027-09-15')).toEqual({ premiumYear: y2028, open: true })
    expect(premiumYearOn(YEARS, '2031-12-31')).toMatchObject({
      premiumYear: { year: 2032, periodStart: '2031-09-01' },
      open: true,
    })
    const raised = [...YEARS, { ...Y2027, year: 2028, standard: 42000 }]
    expect(premiumYearOn(raised, '2029-10-01')?.premiumYear).toMatchObject({
      year: 2030,
      standard: 42000,
    })
  })

  it('finds the next year by its period, whatever order the table is in', () => {
    const reversed = [...YEARS].reverse()
    expect(premiumYearOn(reversed, '2025-06-01')?.premiumYear.year).toBe(2026)
  })

  it('pays only an open year; a closed one names its own period', () => {
    expect(assertYearOpen(YEARS, 2027, '2026-11-23')).toBe(Y2027)
    const closed = errorOf(() => assertYearOpen(YEARS, 2026, '2026-11-23'))
    expect(closed.code).toBe('E_OUT_OF_PERIOD')
    expect(closed.message).toBe(
      '当前不在2026年度城乡居民医保缴费期（2025年9月1日至2025年12月31日）。',
    )
    expect(errorOf(() => assertYearOpen(YEARS, 2031, '2026-11-23')).message).toBe(
      '当前不在2031年度城乡居民医保缴费期（2030年9月1日至2030年12月31日）。',
    )
    expect(errorOf(() => assertYearOpen(YEARS, 2024, '2026-11-23')).message).toBe(
      '请求参数有误：year。',
    )
  })

  it('takes the standard exactly', () => {
    expect(() => assertStandardAmount(Y2027, 40000)).not.toThrow()
    const wrong = errorOf(() => assertStandardAmount(Y2027, 39900))
    expect(wrong.code).toBe('E_AMOUNT')
    expect(wrong.message).toBe('2027年度城乡居民医保个人缴费标准为¥400.00，请核对金额。')
  })

  it('treats a person as a newborn for the premium year of their birth only (D1)', () => {
    expect(isNewbornFor('2026-06-01', 2026)).toBe(true)
    expect(isNewbornFor('2026-06-01', 2027)).toBe(false)
    expect(isNewbornFor('2025-12-31', 2026)).toBe(false)
  })

  it('writes dates the way a citizen reads them', () => {
    expect(chineseDate('2026-09-01')).toBe('2026年9月1日')
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日')
  })
})
