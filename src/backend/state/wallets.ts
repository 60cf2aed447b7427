import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import { keys } from './keys'
import type { TransferDue, TransferRecord, WalletRecord, WalletSenderRecord } from './records'

export function findWallet(ctx: RequestContext, certno: string): WalletRecord | undefined {
  return ctx.uow.get<WalletRecord>(keys.wallet(certno))
}

export function saveWallet(ctx: RequestContext, wallet: WalletRecord): void {
  ctx.uow.put(keys.wallet(wallet.certno), wallet)
}

export function senderOf(ctx: RequestContext, certno: string): WalletSenderRecord {
  return (
    ctx.uow.get<WalletSenderRecord>(keys.walletSender(certno)) ?? {
      certno,
      day: '',
      count: 0,
      outgoing: [],
    }
  )
}

export function saveSender(ctx: RequestContext, sender: WalletSenderRecord): void {
  ctx.uow.put(keys.walletSender(sender.certno), sender)
}

export function findTransfer(ctx: RequestContext, id: string): TransferRecord | undefined {
  return ctx.uow.get<TransferRecord>(keys.transfer(id))
}

export function requireTransfer(ctx: RequestContext, id: string): TransferRecord {
  const transfer = findTransfer(ctx, id)
  if (!transfer) throw new DomainError('E_NOT_FOUND')
  return transfer
}

export function saveTransfer(ctx: RequestContext, transfer: TransferRecord): void {
  ctx.uow.put(keys.transfer(transfer.id), transfer)
}

export function transfersDue(ctx: RequestContext): TransferDue[] {
  return ctx.uow.get<TransferDue[]>(keys.transfersDue) ?? []
}

export function saveTransfersDue(ctx: RequestContext, due: TransferDue[]): void {
  ctx.uow.put(keys.transfersDue, due)
}
