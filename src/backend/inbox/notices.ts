import { formatYuan } from '../../domain/money'
import type { RequestContext } from '../context'
import { tell } from '../state/inbox'
import { requirePerson } from '../state/persons'
import type { PremiumRecord, SettlementRecord, TransferRecord } from '../state/records'

/**
 * N1 for money: who is told is the one whose money moved (N2). Each function is called in the
 * unit of work of the change it reports.
 */
const nameOf = (ctx: RequestContext, certno: string) => requirePerson(ctx, certno).name

/** A 共济人's account paid for a member; `rowId` is their 共济支出 entry (5315 opens it). */
export function tellMemberPaid(
  ctx: RequestContext,
  record: SettlementRecord,
  payer: string,
  amount: number,
  rowId: string,
): void {
  const patient = nameOf(ctx, record.patient)
  tell(ctx, payer, {
    kind: 'settlement_paid',
    title: `您的账户为${patient}支付了${formatYuan(amount)}`,
    body: `${patient}在${record.instName}（${record.instType}）结算${formatYuan(record.amount)}，其中由您的个人账户共济支付${formatYuan(amount)}。`,
    link: { target: 'record', id: rowId },
  })
}

/** A refund gave a 共济人 back what they paid; `rowId` is their 退费 entry. */
export function tellRefundReturned(
  ctx: RequestContext,
  record: SettlementRecord,
  payer: string,
  amount: number,
  rowId: string,
): void {
  const patient = nameOf(ctx, record.patient)
  tell(ctx, payer, {
    kind: 'refund_returned',
    title: `${formatYuan(amount)}退费已退回您的账户`,
    body: `${patient}在${record.instName}的费用退费，您共济支付的${formatYuan(amount)}已退回您的个人账户。`,
    link: { target: 'record', id: rowId },
  })
}

/** The receipt of a 代缴; `rowId` is the 代缴 entry, whose detail shows the 流水号. */
export function tellPremiumPaid(ctx: RequestContext, record: PremiumRecord, rowId: string): void {
  tell(ctx, record.payer, {
    kind: 'premium_paid',
    title: `已为${nameOf(ctx, record.payee)}代缴${record.year}年度居民医保`,
    body: `流水号${record.receiptNo}，金额${formatYuan(record.amount)}，已从您的个人账户支付。`,
    link: { target: 'receipt', id: rowId },
  })
}

const transferLink = (transfer: TransferRecord) => ({
  target: 'transfer' as const,
  id: transfer.id,
})

export function tellTransferArrived(ctx: RequestContext, transfer: TransferRecord): void {
  tell(ctx, transfer.to, {
    kind: 'transfer_arrived',
    title: `${nameOf(ctx, transfer.from)}向您的医保钱包转账${formatYuan(transfer.amount)}`,
    body: '请在次日06:00前确认收款，未确认的转账将自动退回对方账户。',
    link: transferLink(transfer),
  })
}

export function tellTransferAccepted(ctx: RequestContext, transfer: TransferRecord): void {
  tell(ctx, transfer.from, {
    kind: 'transfer_accepted',
    title: `${nameOf(ctx, transfer.to)}已确认收款${formatYuan(transfer.amount)}`,
    body: '转账已存入对方的医保钱包，可用于其本人在定点医药机构的费用。',
    link: transferLink(transfer),
  })
}

export function tellTransferReturned(ctx: RequestContext, transfer: TransferRecord): void {
  const time = transfer.returnedAt
  tell(ctx, transfer.from, {
    kind: 'transfer_returned',
    title: `转给${nameOf(ctx, transfer.to)}的${formatYuan(transfer.amount)}已退回`,
    body: '对方未在次日06:00前确认收款，转账已全额退回您的个人账户。',
    link: transferLink(transfer),
    time,
  })
  tell(ctx, transfer.to, {
    kind: 'transfer_returned',
    title: `${nameOf(ctx, transfer.from)}的转账${formatYuan(transfer.amount)}已退回`,
    body: '您未在次日06:00前确认收款，这笔转账已退回对方的个人账户。',
    link: transferLink(transfer),
    time,
  })
}
