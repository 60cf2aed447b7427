import fc from 'fast-check'

import { INITIAL_PIN, isAcceptablePin, pinWeakness } from '../../../src/domain/pin-policy'
import { PROPERTY_BUDGET_MS } from '../../support/budgets'

const BIRTH = '1968-03-12'

const digit = fc.integer({ min: 0, max: 9 })
const sixDigits = fc.array(digit, { minLength: 6, maxLength: 6 }).map((d) => d.join(''))
const birthDate = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2026, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

function isRun(pin: string): boolean {
  const steps = new Set([...pin].slice(1).map((c, i) => Number(c) - Number(pin[i])))
  return steps.size === 1 && (steps.has(1) || steps.has(-1))
}

describe('PIN strength (K1)', () => {
  it('refuses the initial PIN', () => {
    expect(pinWeakness(INITIAL_PIN, BIRTH)).toBe('initial')
  })

  it(
    'refuses anything but six ASCII digits',
    () => {
      fc.assert(
        fc.property(
          fc.string({ maxLength: 10 }).filter((s) => !/^\d{6}$/.test(s)),
          birthDate,
          (pin, birth) => pinWeakness(pin, birth) === 'format',
        ),
        { numRuns: 100 },
      )
      expect(pinWeakness('１２３４５６', BIRTH)).toBe('format')
      expect(pinWeakness('58294 ', BIRTH)).toBe('format')
    },
    PROPERTY_BUDGET_MS,
  )

  it(
    'refuses one digit six times',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 9 }), birthDate, (d, birth) => {
          return pinWeakness(String(d).repeat(6), birth) === 'repeated'
        }),
        { numRuns: 100 },
      )
    },
    PROPERTY_BUDGET_MS,
  )

  it(
    'refuses six consecutive digits up or down, and only without wrap-around',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 4 }), fc.boolean(), birthDate, (start, up, birth) => {
          const run = Array.from({ length: 6 }, (_, i) => start + i).join('')
          const pin = up ? run : [...run].reverse().join('')
          return pinWeakness(pin, birth) === 'sequence'
        }),
        { numRuns: 100 },
      )
      expect(pinWeakness('890123', '1990-01-01')).toBeNull()
      expect(pinWeakness('123457', '1990-01-01')).toBeNull()
    },
    PROPERTY_BUDGET_MS,
  )

  it(
    'refuses the last six digits of the birth date',
    () => {
      expect(pinWeakness('680312', BIRTH)).toBe('birthday')
      fc.assert(
        fc.property(birthDate, (birth) => {
          const pin = birth.replace(/-/g, '').slice(-6)
          return !isAcceptablePin(pin, birth)
        }),
        { numRuns: 100 },
      )
    },
    PROPERTY_BUDGET_MS,
  )

  it(
    'accepts exactly the six-digit PINs none of the rules refuse',
    () => {
      fc.assert(
        fc.property(sixDigits, birthDate, (pin, birth) => {
          const refused =
            pin === INITIAL_PIN ||
            new Set(pin).size === 1 ||
            isRun(pin) ||
            pin === birth.replace(/-/g, '').slice(-6)
          return isAcceptablePin(pin, birth) === !refused
        }),
        { numRuns: 2000 },
      )
    },
    PROPERTY_BUDGET_MS,
  )

  it('accepts an ordinary PIN', () => {
    expect(pinWeakness('582946', BIRTH)).toBeNull()
    expect(pinWeakness('258369', '1970-07-08')).toBeNull()
  })
})
