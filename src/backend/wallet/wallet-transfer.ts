import type { WalletTransferOutput } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import type { Relation } from '../../domain/kinship'
import { type Fen, formatYuanPlain } from '../../domain/money'
import { shanghaiDate } from '../../domain/shanghai-time'
import { identifyMember } from '../binding/member-identity'
import { assertPayerEligible } from '../binding/payer-eligibility'
import { assertRegistryRelation, assertRelationOffered } from '../binding/relation-check'
import { callerOf, type RequestContext } from '../context'
import { tellTransferArrived } from '../inbox/notices'
import { assertPinChanged, verifyAccountPin } from '../pin/payment-pin'
import { intoReserveWarning } from '../reserve/account-reserve'
import { appendLedger } from '../state/ledger'
import { nextNumber, requirePerson } from '../state/persons'
import type { PersonRecord, TransferRecord, WalletSenderRecord } from '../state/records'
import {
  findTransfer,
  findWallet,
  saveSender,
  saveTransfer,
  saveTransfersDue,
  saveWallet,
  senderOf,
  transfersDue,
} from '../state/wallets'
import { sentToday } from './daily-count'
import { returnDueAt, transfersOpen } from './transfer-hours'
import { transferView } from './wallet-view'

export interface TransferRequest {
  name: string
  certno: string
  relation: string
  amount: Fen
  pin: string
}

/**
 * W3: one pending transfer per recipient. Transfers past their due time were settled before this
 * request ran (returns.ts), so the scan stops at the first one, newest first.
 */
function hasPendingTo(ctx: RequestContext, sender: WalletSenderRecord, to: string): boolean {
  for (let i = sender.outgoing.length - 1; i >= 0; i -= 1) {
    const transfer = findTransfer(ctx, sender.outgoing[i])
    if (!transfer || transfer.dueAt <= ctx.now) return false
    if (transfer.state === 'pending' && transfer.to === to) return true
  }
  return false
}

function assertLimits(ctx: RequestContext, payer: PersonRecord, to: string, amount: Fen): void {
  if (amount > ctx.policy.walletMaxTransfer) throw new DomainError('E_WALLET_AMOUNT')
  if (!transfersOpen(ctx.policy, ctx.now)) throw new DomainError('E_WALLET_HOURS')
  const sender = senderOf(ctx, payer.certno)
  if (sentToday(ctx, sender) >= ctx.policy.walletDailyCount) {
    throw new DomainError('E_WALLET_DAILY_COUNT')
  }
  if (hasPendingTo(ctx, sender, to)) throw new DomainError('E_WALLET_PENDING')
  if (payer.balance < amount) {
    throw new DomainError('E_BALANCE', {
      余额: formatYuanPlain(payer.balance),
      金额: formatYuanPlain(amount),
    })
  }
}

/**
 * 5322 (W2): from the 共济人's personal account to a 近亲属's 医保钱包, any province, no 共济家庭
 * needed. Everything is judged before the PIN, so a wrong PIN only counts for a transfer that could
 * otherwise go through. The money leaves the account now and waits, pending, for 确认收款 (W3).
 */
export function transferToWallet(
  ctx: RequestContext,
  request: TransferRequest,
): WalletTransferOutput {
  const payer = requirePerson(ctx, callerOf(ctx))
  assertPayerEligible(payer)
  const recipient = identifyMember(ctx, payer.certno, request.name, request.certno)
  assertRelationOffered(request.relation)
  const relation: Relation = request.relation
  assertRegistryRelation(ctx, payer.certno, recipient.certno, relation)
  const wallet = findWallet(ctx, recipient.certno)
  if (!wallet) throw new DomainError('E_WALLET_NOT_OPEN')
  assertLimits(ctx, payer, recipient.certno, request.amount)
  assertPinChanged(payer)
  verifyAccountPin(ctx, payer, request.pin)

  const warning = intoReserveWarning(ctx, payer, request.amount)
  const transfer: TransferRecord = {
    id: `T${String(nextNumber(ctx, 'transfer')).padStart(8, '0')}`,
    from: payer.certno,
    to: recipient.certno,
    relation,
    amount: request.amount,
    state: 'pending',
    createdAt: ctx.now,
    dueAt: returnDueAt(ctx.policy, ctx.now),
  }
  appendLedger(ctx, payer, {
    time: ctx.now,
    kind: '转出至医保钱包',
    amount: -request.amount,
    summary: `转出至${recipient.name}的医保钱包`,
    party: recipient.certno,
    transferId: transfer.id,
  })
  saveTransfer(ctx, transfer)
  const sender = senderOf(ctx, payer.certno)
  const today = shanghaiDate(ctx.now)
  saveSender(ctx, {
    ...sender,
    day: today,
    count: sentToday(ctx, sender) + 1,
    outgoing: [...sender.outgoing, transfer.id],
  })
  wallet.incoming.push(transfer.id)
  saveWallet(ctx, wallet)
  saveTransfersDue(ctx, [...transfersDue(ctx), { id: transfer.id, dueAt: transfer.dueAt }])
  tellTransferArrived(ctx, transfer)
  const output: WalletTransferOutput = { transfer: transferView(ctx, transfer) }
  if (warning !== undefined) output.warning = warning
  return output
}
