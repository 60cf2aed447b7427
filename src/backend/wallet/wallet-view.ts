import type { LedgerRowView, TransferView, WalletView } from '../../domain/api'
import type { RequestContext } from '../context'
import { ledgerRowView } from '../records/account-changes'
import { currentReserve } from '../reserve/account-reserve'
import { ledgerNewestFirst } from '../state/ledger'
import { requirePerson } from '../state/persons'
import type { PersonRecord, TransferRecord } from '../state/records'
import { findTransfer, findWallet, senderOf } from '../state/wallets'
import { iso, partyOf } from '../views'
import { sentToday } from './daily-count'
import { hourLabel, transfersOpen } from './transfer-hours'

const HISTORY_ROWS = 20
const TRANSFER_ROWS = 20

export function transferView(ctx: RequestContext, transfer: TransferRecord): TransferView {
  const view: TransferView = {
    transfer_id: transfer.id,
    from: partyOf(ctx, transfer.from),
    to: partyOf(ctx, transfer.to),
    relation: transfer.relation,
    amount: transfer.amount,
    state: transfer.state,
    created_at: iso(transfer.createdAt),
    due_at: iso(transfer.dueAt),
  }
  if (transfer.acceptedAt !== undefined) view.accepted_at = iso(transfer.acceptedAt)
  if (transfer.returnedAt !== undefined) view.returned_at = iso(transfer.returnedAt)
  return view
}

function latestTransfers(ctx: RequestContext, ids: readonly string[]): TransferView[] {
  return ids
    .slice(-TRANSFER_ROWS)
    .reverse()
    .map((id) => findTransfer(ctx, id))
    .filter((t): t is TransferRecord => t !== undefined)
    .map((t) => transferView(ctx, t))
}

/** The wallet's own movements, newest first, read from its owner's ledger. */
function walletHistory(ctx: RequestContext, owner: PersonRecord): LedgerRowView[] {
  const rows: LedgerRowView[] = []
  for (const entry of ledgerNewestFirst(ctx, owner)) {
    if (entry.purse !== 'wallet') continue
    rows.push(ledgerRowView(ctx, owner, entry))
    if (rows.length === HISTORY_ROWS) break
  }
  return rows
}

/** 5320: the caller's wallet, transfers both ways, and what is left of today's limits (W2). */
export function walletView(ctx: RequestContext, certno: string): WalletView {
  const owner = requirePerson(ctx, certno)
  const wallet = findWallet(ctx, certno)
  const sender = senderOf(ctx, certno)
  const { policy } = ctx
  const view: WalletView = {
    opened: wallet !== undefined,
    balc: wallet?.balance ?? 0,
    history: wallet ? walletHistory(ctx, owner) : [],
    transfers_out: latestTransfers(ctx, sender.outgoing),
    transfers_in: latestTransfers(ctx, wallet?.incoming ?? []),
    room: {
      max_amount: policy.walletMaxTransfer,
      daily_count: policy.walletDailyCount,
      daily_left: Math.max(0, policy.walletDailyCount - sentToday(ctx, sender)),
      open_now: transfersOpen(policy, ctx.now),
      opens_at: hourLabel(policy.walletOpensHour),
      closes_at: hourLabel(policy.walletClosesHour),
    },
    acct_balc: owner.insutype === '310' ? owner.balance : null,
    reserve_amount: owner.insutype === '310' ? currentReserve(ctx, owner) : 0,
  }
  if (wallet) view.opened_at = iso(wallet.openedAt)
  return view
}
