import type { DomainError } from '../domain/errors'

/**
 * A rejection whose side effects must still be saved, e.g. a wrong PIN counts toward the lock
 * (K2) although the payment is refused.
 */
export class RejectionWithEffects extends Error {
  constructor(readonly error: DomainError) {
    super(error.message)
    this.name = 'RejectionWithEffects'
  }
}
