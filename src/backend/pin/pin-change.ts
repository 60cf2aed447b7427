import type { PinState } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import { birthDateOf } from '../../domain/id-number'
import { hasPersonalAccount } from '../../domain/insurance'
import { isAcceptablePin } from '../../domain/pin-policy'
import type { RequestContext } from '../context'
import { hashPin, verifyPin } from '../pin-hash'
import { consumeFaceToken } from '../state/face-tokens'
import { savePerson } from '../state/persons'
import type { PersonRecord } from '../state/records'
import { clearPinFailures, pinRecordOf, verifyAccountPin } from './payment-pin'

export type PinProof = { oldPin: string } | { faceToken: string }

/**
 * K1/K2: a 310 person sets a new PIN, proving themselves with the current PIN (a wrong one counts
 * toward the lock) or with a face check (which also lifts the lock). The new PIN's strength is
 * judged first, so a weak choice never costs an attempt; "same as now" is judged only after the
 * proof, or it would let anyone test guesses of the current PIN for free.
 */
export function changePin(
  ctx: RequestContext,
  person: PersonRecord,
  proof: PinProof,
  newPin: string,
): PinState {
  if (!hasPersonalAccount(person.insutype)) throw new DomainError('E_FORBIDDEN')
  const record = pinRecordOf(person)
  if (!isAcceptablePin(newPin, birthDateOf(person.certno))) throw new DomainError('E_PIN_WEAK')
  if ('faceToken' in proof) {
    consumeFaceToken(ctx, proof.faceToken, person.certno)
    clearPinFailures(record)
  } else {
    verifyAccountPin(ctx, person, proof.oldPin)
  }
  if (verifyPin(newPin, record.hash)) throw new DomainError('E_PIN_WEAK')
  person.pin = {
    hash: hashPin(newPin, ctx.randomBytes),
    initial: false,
    failures: 0,
    lockedUntil: null,
  }
  savePerson(ctx, person)
  return 'set'
}
