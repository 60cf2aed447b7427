import type { LedgerKind } from '../../domain/api'
import type { Fen } from '../../domain/money'
import type { RequestContext } from '../context'
import { pushLedgerEntry } from '../state/ledger'
import { savePerson } from '../state/persons'
import type { LedgerEntry, PersonRecord, WalletRecord } from '../state/records'
import { saveWallet } from '../state/wallets'

export interface WalletMovement {
  kind: Extract<LedgerKind, '医保钱包转入' | '医保钱包支付' | '退费'>
  amount: Fen
  summary: string
  time?: number
  party?: string
  setlId?: string
  transferId?: string
}

/**
 * W1/W4: one movement of the 医保钱包, in its owner's ledger (so 账户变动 shows it) but on the
 * wallet's own running balance; the personal account's balance is untouched.
 */
export function moveWallet(
  ctx: RequestContext,
  owner: PersonRecord,
  wallet: WalletRecord,
  movement: WalletMovement,
): LedgerEntry {
  const balance = wallet.balance + movement.amount
  const entry = pushLedgerEntry(ctx, owner, {
    time: movement.time ?? ctx.now,
    kind: movement.kind,
    amount: movement.amount,
    balance,
    purse: 'wallet',
    summary: movement.summary,
    ...(movement.party ? { party: movement.party } : {}),
    ...(movement.setlId ? { setlId: movement.setlId } : {}),
    ...(movement.transferId ? { transferId: movement.transferId } : {}),
  })
  wallet.balance = balance
  saveWallet(ctx, wallet)
  savePerson(ctx, owner)
  return entry
}
