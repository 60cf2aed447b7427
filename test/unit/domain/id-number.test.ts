import fc from 'fast-check'

import {
  birthDateOf,
  checkDigit,
  checkIdNumber,
  maskIdNumber,
  maskName,
  normalizeIdNumber,
  sexOf,
} from '../../../src/domain/id-number'
import { PROPERTY_BUDGET_MS } from '../../support/budgets'
import { CERT } from '../../support/public/demo'

const TODAY = '2026-11-23'
const withCheck = (first17: string) => `${first17}${checkDigit(first17)}`

describe('GB 11643 居民身份证号 (P1)', () => {
  it.each(Object.entries(CERT))('accepts %s of the demo population', (_, certno) => {
    expect(checkIdNumber(certno, TODAY)).toEqual({ ok: true, normalized: certno })
  })

  it('refuses the documented bad ID (wrong check digit)', () => {
    expect(checkIdNumber('410105196803120316', TODAY)).toMatchObject({
      ok: false,
      problem: 'checksum',
    })
  })

  it('accepts a lowercase x and surrounding spaces, normalised to uppercase', () => {
    expect(checkIdNumber(' 41010520140520017x ', TODAY)).toEqual({
      ok: true,
      normalized: '41010520140520017X',
    })
    expect(normalizeIdNumber('41010520140520017x')).toBe('41010520140520017X')
  })

  it.each([
    ['17 characters', '41010520140520017', 'length'],
    ['19 characters', '410105201405200171X', 'length'],
    ['a letter inside', '4101052014052A017X', 'format'],
    ['an X not at the end', '4101052014052001X7', 'format'],
    ['month 13', withCheck('41010519801301001'), 'birthdate'],
    ['30 February', withCheck('41010519800230001'), 'birthdate'],
    ['29 February 1900 (not a leap year)', withCheck('41010519000229001'), 'birthdate'],
    ['a birth year before 1890', withCheck('41010518891231001'), 'birthdate'],
    ['a birth date after today', withCheck('41010520261124001'), 'future'],
  ])('refuses %s', (_, certno, problem) => {
    expect(checkIdNumber(certno, TODAY)).toMatchObject({ ok: false, problem })
  })

  it('accepts 29 February of a leap year and a birth today', () => {
    expect(checkIdNumber(withCheck('41010520000229001'), TODAY).ok).toBe(true)
    expect(checkIdNumber(withCheck('41010520261123001'), TODAY).ok).toBe(true)
  })

  it('computes the documented check digits (10X98765432)', () => {
    expect(checkDigit('41010519680312031')).toBe('5')
    expect(checkDigit('41010520140520017')).toBe('X')
  })

  it(
    'accepts exactly one check character for any valid first 17 digits',
    () => {
      const first17 = fc
        .record({
          area: fc.integer({ min: 110000, max: 659999 }),
          day: fc.date({ min: new Date('1900-01-01'), max: new Date('2026-11-23') }),
          seq: fc.integer({ min: 0, max: 999 }),
        })
        .map(({ area, day, seq }) => {
          const ymd = day.toISOString().slice(0, 10).replace(/-/g, '')
          return `${area}${ymd}${String(seq).padStart(3, '0')}`
        })
      fc.assert(
        fc.property(first17, fc.constantFrom(...'0123456789X'), (digits, last) => {
          const ok = checkIdNumber(`${digits}${last}`, TODAY).ok
          expect(ok).toBe(last === checkDigit(digits))
        }),
        { numRuns: 100 },
      )
    },
    PROPERTY_BUDGET_MS,
  )
})

describe('what an ID number says', () => {
  it('reads the birth date from digits 7–14', () => {
    expect(birthDateOf(CERT.张建国)).toBe('1968-03-12')
    expect(birthDateOf(CERT.张浩然)).toBe('2014-05-20')
  })

  it('reads the sex from the parity of digit 17 (odd = male)', () => {
    expect(sexOf(CERT.张建国)).toBe('1')
    expect(sexOf(CERT.张浩然)).toBe('1')
    expect(sexOf(CERT.李秀兰)).toBe('2')
    expect(sexOf(CERT.张雨萱)).toBe('2')
  })
})

describe('masking (A3)', () => {
  it('shows only the first and last four characters of an ID number', () => {
    expect(maskIdNumber(CERT.张建国)).toBe('4101**********0315')
    expect(maskIdNumber(CERT.张浩然)).toBe('4101**********017X')
    expect(maskIdNumber('1234567')).toBe('*******')
  })

  it('masks names outside one’s family', () => {
    expect(maskName('张建国')).toBe('张*国')
    expect(maskName('张伟')).toBe('张*')
    expect(maskName('欧阳娜娜')).toBe('欧**娜')
    expect(maskName('张')).toBe('张')
  })
})
