import { DomainError } from '../../domain/errors'
import { startOfNextShanghaiDay } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { verifyPin } from '../pin-hash'
import { RejectionWithEffects } from '../rejection'
import { savePerson } from '../state/persons'
import type { PersonRecord, PinRecord } from '../state/records'

/** Only a personal account (310) has a payment PIN. */
export function pinRecordOf(person: PersonRecord): PinRecord {
  if (!person.pin) throw new DomainError('E_FORBIDDEN')
  return person.pin
}

/** K1: no payment until the initial PIN has been changed. */
export function assertPinChanged(person: PersonRecord): void {
  if (pinRecordOf(person).initial) throw new DomainError('E_PIN_INITIAL')
}

/** K2: the lock and the count of wrong tries start over, after the lock ran out or a face check. */
export function clearPinFailures(record: PinRecord): void {
  record.failures = 0
  record.lockedUntil = null
}

function isLocked(ctx: RequestContext, record: PinRecord): boolean {
  return record.lockedUntil !== null && record.lockedUntil > ctx.now
}

/**
 * K2: checks the PIN the citizen typed. While locked nothing is checked (E_PIN_LOCKED). A wrong PIN
 * is counted and the count is saved although the request is refused; the try that uses up
 * `pinMaxAttempts` locks until 00:00 of the next Shanghai day. A right PIN clears the count; that
 * is saved with the rest of the request, or not at all if it is refused later.
 */
export function verifyAccountPin(ctx: RequestContext, person: PersonRecord, pin: string): void {
  const record = pinRecordOf(person)
  if (record.lockedUntil !== null && !isLocked(ctx, record)) clearPinFailures(record)
  if (isLocked(ctx, record)) throw new DomainError('E_PIN_LOCKED')
  if (verifyPin(pin, record.hash)) {
    clearPinFailures(record)
    savePerson(ctx, person)
    return
  }
  record.failures += 1
  const remaining = ctx.policy.pinMaxAttempts - record.failures
  if (remaining <= 0) record.lockedUntil = startOfNextShanghaiDay(ctx.now)
  savePerson(ctx, person)
  throw new RejectionWithEffects(
    remaining <= 0
      ? new DomainError('E_PIN_LOCKED')
      : new DomainError('E_PIN_WRONG', { n: remaining }),
  )
}
