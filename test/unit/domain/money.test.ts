import fc from 'fast-check'

import {
  formatWholeYuan,
  formatYuan,
  formatYuanPlain,
  isFen,
  parseYuan,
} from '../../../src/domain/money'
import { PROPERTY_BUDGET_MS } from '../../support/budgets'

describe('money in 分', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [40000, '400.00'],
    [123456, '1,234.56'],
    [100000000, '1,000,000.00'],
    [-5000, '-50.00'],
  ])('formats %i 分 as %s', (fen, text) => {
    expect(formatYuanPlain(fen)).toBe(text)
  })

  it('puts the sign before the currency symbol', () => {
    expect(formatYuan(352640)).toBe('¥3,526.40')
    expect(formatYuan(-5000)).toBe('-¥50.00')
    expect(formatYuan(0)).toBe('¥0.00')
  })

  it.each([
    ['300', 30000],
    ['300.5', 30050],
    ['300.05', 30005],
    ['300.', 30000],
    ['1,200.00', 120000],
    ['¥12.30', 1230],
    ['￥ 8', 800],
    ['1，000', 100000],
  ])('reads what a citizen types: %s', (text, fen) => {
    expect(parseYuan(text)).toBe(fen)
  })

  it.each(['', 'abc', '-5', '1.234', '.5', '1e3', '1234567890'])('rejects %p', (text) => {
    expect(parseYuan(text)).toBeNull()
  })

  it(
    'reads back what it writes',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
          expect(parseYuan(formatYuanPlain(fen))).toBe(fen)
          expect(parseYuan(formatYuan(fen))).toBe(fen)
        }),
        { numRuns: 100 },
      )
    },
    PROPERTY_BUDGET_MS,
  )

  it('accepts only whole numbers of 分', () => {
    expect(isFen(100)).toBe(true)
    expect(isFen(-100)).toBe(true)
    expect(isFen(10.5)).toBe(false)
    expect(isFen('100')).toBe(false)
    expect(isFen(Number.NaN)).toBe(false)
    expect(isFen(2 ** 53)).toBe(false)
  })
})

describe('formatWholeYuan (chart labels)', () => {
  it('rounds up so a small real amount never reads as nothing', () => {
    expect(formatWholeYuan(20000)).toBe('200元')
    expect(formatWholeYuan(30)).toBe('1元')
    expect(formatWholeYuan(123456789)).toBe('1,234,568元')
    expect(formatWholeYuan(0)).toBe('0元')
  })
})
