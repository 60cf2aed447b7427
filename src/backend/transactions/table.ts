import { qaPersonas, qaReset, qaSetClock } from './qa-demo'
import { personInfoTransaction, sessionLogin, sessionLogout } from './session'
import type { TransactionTable } from './transaction'

/**
 * The one table of every transaction (infno → name, caller, input check, handler). It drives the
 * in-app transport, the mock server, docs/api.md and the contract tests.
 */
export const TRANSACTIONS: Partial<TransactionTable> = {
  '9001': sessionLogin,
  '9002': sessionLogout,
  '1101': personInfoTransaction,
  '9103': qaSetClock,
  '9105': qaReset,
  '9106': qaPersonas,
}
