/**
 * K1: what a payment PIN may be. Pure, so the PIN page can warn while typing with the same rule
 * the backend enforces.
 */
import type { DateString } from './shanghai-time'

/** Every 310 account starts with this PIN, flagged must-change. */
export const INITIAL_PIN = '000000'

export const PIN_LENGTH = 6

export type PinWeakness = 'format' | 'initial' | 'repeated' | 'sequence' | 'birthday'

function isRun(pin: string, step: 1 | -1): boolean {
  for (let i = 1; i < pin.length; i += 1) {
    if (Number(pin[i]) - Number(pin[i - 1]) !== step) return false
  }
  return true
}

/**
 * Why `pin` is not acceptable as a new PIN for someone born on `birthDate`, or null when it is:
 * six digits, not the initial one, not one digit six times, not six consecutive digits up or down
 * (no wrap-around: 890123 is fine), not the last six digits of the birth date (19680312 → 680312).
 */
export function pinWeakness(pin: string, birthDate: DateString): PinWeakness | null {
  if (!/^\d{6}$/.test(pin)) return 'format'
  if (pin === INITIAL_PIN) return 'initial'
  if (/^(\d)\1{5}$/.test(pin)) return 'repeated'
  if (isRun(pin, 1) || isRun(pin, -1)) return 'sequence'
  if (pin === birthDate.replace(/-/g, '').slice(-PIN_LENGTH)) return 'birthday'
  return null
}

export function isAcceptablePin(pin: string, birthDate: DateString): boolean {
  return pinWeakness(pin, birthDate) === null
}
