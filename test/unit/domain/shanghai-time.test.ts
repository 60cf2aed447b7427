import fc from 'fast-check'

import {
  addDays,
  ageOn,
  isRealDate,
  parseIsoTime,
  shanghaiDate,
  shanghaiYear,
  startOfNextShanghaiDay,
  startOfShanghaiDate,
  toIsoShanghai,
} from '../../../src/domain/shanghai-time'
import { PROPERTY_BUDGET_MS } from '../../support/budgets'
import { DEMO_NOW } from '../../support/public/demo'

describe('calendar in Asia/Shanghai', () => {
  it('writes times with the +08:00 offset', () => {
    expect(toIsoShanghai(DEMO_NOW)).toBe('2026-11-23T14:05:00+08:00')
    expect(toIsoShanghai(Date.parse('2026-12-31T16:00:00Z'))).toBe('2027-01-01T00:00:00+08:00')
  })

  it('turns the date at Shanghai midnight, not UTC midnight', () => {
    expect(shanghaiDate(Date.parse('2026-11-23T15:59:59Z'))).toBe('2026-11-23')
    expect(shanghaiDate(Date.parse('2026-11-23T16:00:00Z'))).toBe('2026-11-24')
    expect(shanghaiYear(Date.parse('2026-12-31T15:59:59Z'))).toBe(2026)
    expect(shanghaiYear(Date.parse('2026-12-31T16:00:00Z'))).toBe(2027)
  })

  it.each([
    ['2026-11-23T14:05:00+08:00', DEMO_NOW],
    ['2026-11-23T06:05:00Z', DEMO_NOW],
    ['2026-11-23T14:05:00', DEMO_NOW],
    ['2026-11-23T14:05', DEMO_NOW],
    ['2026-11-23T01:05:00-05:00', DEMO_NOW],
    ['2026-11-23T14:05:00.250+08:00', DEMO_NOW + 250],
    ['2026-11-23T14:05:00.5+08:00', DEMO_NOW + 500],
    ['2026-11-23', Date.parse('2026-11-23T00:00:00+08:00')],
  ])('parses %s', (text, epoch) => {
    expect(parseIsoTime(text)).toBe(epoch)
  })

  it.each(['', 'yesterday', '2026-02-30', '2026-13-01', '2026-11-23T24:00', '2026-11-23T12:60'])(
    'refuses %p',
    (text) => {
      expect(parseIsoTime(text)).toBeNull()
    },
  )

  it(
    'reads back what it writes, to the second',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (epoch) => {
          expect(parseIsoTime(toIsoShanghai(epoch))).toBe(Math.floor(epoch / 1000) * 1000)
        }),
        { numRuns: 100 },
      )
    },
    PROPERTY_BUDGET_MS,
  )

  it('finds the next Shanghai midnight (the PIN lock ends there)', () => {
    const midnight = Date.parse('2026-11-24T00:00:00+08:00')
    expect(startOfNextShanghaiDay(DEMO_NOW)).toBe(midnight)
    expect(startOfNextShanghaiDay(midnight - 1)).toBe(midnight)
    expect(startOfNextShanghaiDay(midnight)).toBe(Date.parse('2026-11-25T00:00:00+08:00'))
    expect(startOfShanghaiDate('2026-11-24')).toBe(midnight)
  })

  it('adds whole days', () => {
    expect(toIsoShanghai(addDays(DEMO_NOW, 7))).toBe('2026-11-30T14:05:00+08:00')
  })

  it('knows real dates', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true)
    expect(isRealDate(2026, 2, 29)).toBe(false)
    expect(isRealDate(2026, 4, 31)).toBe(false)
    expect(isRealDate(2026, 0, 1)).toBe(false)
  })
})

describe('age (P2)', () => {
  it('turns 16 on the 16th birthday', () => {
    expect(ageOn('2010-03-03', '2026-03-02')).toBe(15)
    expect(ageOn('2010-03-03', '2026-03-03')).toBe(16)
    expect(ageOn('2010-03-03', '2026-11-23')).toBe(16)
  })

  it('counts a 29 February birthday from 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15)
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16)
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16)
    expect(ageOn('2007-02-28', '2023-02-28')).toBe(16)
  })

  it('is 0 in the year of birth', () => {
    expect(ageOn('2026-06-01', '2026-11-23')).toBe(0)
  })
})
