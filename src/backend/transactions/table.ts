import type { Infno } from '../../domain/api'
import { bindingAdd, bindingConfirm, bindingDecline, bindingEnd, bindingSetLimit } from './binding'
import { faceVerify } from './face'
import { familyCreate, familyGet } from './family'
import { inboxList, inboxRead } from './inbox'
import { memberPayers, memberSetOrder } from './member'
import { pinChangeTransaction } from './pin'
import { premiumOptionsTransaction, premiumPayTransaction } from './premium'
import { qaPersonas, qaReset, qaSetClock } from './qa-demo'
import { qaGenerateRecords, qaOverview, qaRefund, qaSettle } from './qa-settlement'
import { qaSetStatus } from './qa-status'
import { qaOpenWallet } from './qa-wallet'
import { recordsChanges, recordsConsumption, recordsDetail } from './records'
import { reserveSet } from './reserve'
import { personInfoTransaction, sessionLogin, sessionLogout } from './session'
import type { Transaction, TransactionTable } from './transaction'
import { walletAccept, walletGet, walletOpen, walletTransfer } from './wallet'

/**
 * The one table of every transaction (infno → name, caller, input check, handler). It drives the
 * in-app transport, the mock server, docs/api.md and the contract tests.
 */
export const TRANSACTIONS: TransactionTable = {
  '9001': sessionLogin,
  '9002': sessionLogout,
  '1101': personInfoTransaction,
  '5301': familyGet,
  '5302': familyCreate,
  '5303': bindingAdd,
  '5304': bindingConfirm,
  '5305': bindingDecline,
  '5306': bindingEnd,
  '5307': bindingSetLimit,
  '5308': memberPayers,
  '5309': memberSetOrder,
  '5310': premiumOptionsTransaction,
  '5311': premiumPayTransaction,
  '5312': pinChangeTransaction,
  '5313': recordsChanges,
  '5314': recordsConsumption,
  '5315': recordsDetail,
  '5316': reserveSet,
  '5320': walletGet,
  '5321': walletOpen,
  '5322': walletTransfer,
  '5323': walletAccept,
  '5330': inboxList,
  '5331': inboxRead,
  '2207': qaSettle,
  '2208': qaRefund,
  '9101': faceVerify,
  '9102': qaSetStatus,
  '9103': qaSetClock,
  '9104': qaGenerateRecords,
  '9105': qaReset,
  '9106': qaPersonas,
  '9107': qaOverview,
  '9108': qaOpenWallet,
}

/** The row of a transaction number from the wire, or undefined for an unknown one. */
export function findTransaction(infno: string): Transaction<Infno> | undefined {
  if (!Object.prototype.hasOwnProperty.call(TRANSACTIONS, infno)) return undefined
  return TRANSACTIONS[infno as Infno]
}
