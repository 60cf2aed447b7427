import { DomainError } from '../../domain/errors'
import { TRANSFER_STATE_NAMES } from '../../domain/wallet-states'
import { callerOf, type RequestContext } from '../context'
import { tellTransferAccepted, tellTransferReturned } from '../inbox/notices'
import { appendLedger } from '../state/ledger'
import { requirePerson } from '../state/persons'
import type { TransferRecord } from '../state/records'
import {
  findWallet,
  requireTransfer,
  saveTransfer,
  saveTransfersDue,
  transfersDue,
} from '../state/wallets'
import { moveWallet } from './wallet-ledger'

function forgetDue(ctx: RequestContext, id: string): void {
  saveTransfersDue(
    ctx,
    transfersDue(ctx).filter((due) => due.id !== id),
  )
}

/** 5323 (W3): only the recipient accepts, only while pending; the money enters their wallet. */
export function acceptTransfer(ctx: RequestContext, id: string): TransferRecord {
  const caller = callerOf(ctx)
  const transfer = requireTransfer(ctx, id)
  if (transfer.from === caller) throw new DomainError('E_FORBIDDEN')
  if (transfer.to !== caller) throw new DomainError('E_NOT_FOUND')
  if (transfer.state !== 'pending') {
    throw new DomainError('E_TRANSFER_STATE', { 状态: TRANSFER_STATE_NAMES[transfer.state] })
  }
  const owner = requirePerson(ctx, caller)
  const wallet = findWallet(ctx, caller)
  if (!wallet) throw new DomainError('E_WALLET_NOT_OPEN')
  transfer.state = 'accepted'
  transfer.acceptedAt = ctx.now
  saveTransfer(ctx, transfer)
  moveWallet(ctx, owner, wallet, {
    kind: '医保钱包转入',
    amount: transfer.amount,
    summary: `${requirePerson(ctx, transfer.from).name}转入`,
    party: transfer.from,
    transferId: transfer.id,
  })
  forgetDue(ctx, transfer.id)
  tellTransferAccepted(ctx, transfer)
  return transfer
}

/**
 * W3: every pending transfer whose 06:00 has come goes back to the 共济人's account in full, dated
 * at that 06:00. Nothing runs in the background, so the backend calls this before each request;
 * it returns whether anything was returned.
 */
export function returnDueTransfers(ctx: RequestContext): boolean {
  const due = transfersDue(ctx)
  const ready = due.filter((entry) => entry.dueAt <= ctx.now)
  if (ready.length === 0) return false
  for (const entry of ready) {
    const transfer = requireTransfer(ctx, entry.id)
    if (transfer.state !== 'pending') continue
    transfer.state = 'returned'
    transfer.returnedAt = entry.dueAt
    saveTransfer(ctx, transfer)
    appendLedger(ctx, requirePerson(ctx, transfer.from), {
      time: entry.dueAt,
      kind: '医保钱包退回',
      amount: transfer.amount,
      summary: `转给${requirePerson(ctx, transfer.to).name}的医保钱包未确认收款，已退回`,
      party: transfer.to,
      transferId: transfer.id,
    })
    tellTransferReturned(ctx, transfer)
  }
  saveTransfersDue(
    ctx,
    due.filter((entry) => entry.dueAt > ctx.now),
  )
  return true
}
