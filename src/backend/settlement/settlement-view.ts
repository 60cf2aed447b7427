import type { MulaidLine, SettlementView } from '../../domain/api'
import type { RequestContext } from '../context'
import type { SettlementPart, SettlementRecord } from '../state/records'
import { iso, partyOf } from '../views'
import { refundableAmount } from './refund'

/**
 * The split as the national output fields name it. `viewer` is the person asking: the patient
 * (or QA, undefined) sees the whole split; a 共济人 who is not the patient sees only what their
 * own account paid (A1), not the patient's account, other 共济人 or cash.
 */
export function settlementView(
  ctx: RequestContext,
  record: SettlementRecord,
  viewer?: string,
): SettlementView {
  if (viewer !== undefined && viewer !== record.patient) return payerPartView(ctx, record, viewer)
  const mulaid = record.parts.reduce((sum, part) => sum + part.amount, 0)
  const mulaidRefunded = record.parts.reduce((sum, part) => sum + part.refunded, 0)
  const view: SettlementView = {
    setl_id: record.id,
    time: iso(record.time),
    patient: partyOf(ctx, record.patient),
    inst_type: record.instType,
    inst_name: record.instName,
    category: record.category,
    amount: record.amount,
    acct_pay: record.own,
    wallet_pay: record.wallet ?? 0,
    wallet_refunded: record.walletRefunded ?? 0,
    acct_mulaid_pay: mulaid,
    psn_cash_pay: record.cash,
    lines: record.parts.map((part) => lineView(ctx, part)),
    acct_refunded: record.ownRefunded,
    cash_refunded: record.cashRefunded,
    refunded:
      record.ownRefunded + (record.walletRefunded ?? 0) + mulaidRefunded + record.cashRefunded,
    refundable: refundableAmount(record),
  }
  if (record.ownSkipReason !== undefined) view.acct_skip_reason = record.ownSkipReason
  return view
}

function lineView(ctx: RequestContext, part: SettlementPart): MulaidLine {
  const line: MulaidLine = {
    binding_id: part.bindingId,
    payer: partyOf(ctx, part.payer),
    amount: part.amount,
    refunded: part.refunded,
  }
  if (part.skipReason !== undefined) line.skip_reason = part.skipReason
  return line
}

/** A1: the settlement as one 共济人 may see it: their own line, and every sum counting only it. */
function payerPartView(
  ctx: RequestContext,
  record: SettlementRecord,
  viewer: string,
): SettlementView {
  const own = record.parts.filter((part) => part.payer === viewer)
  const paid = own.reduce((sum, part) => sum + part.amount, 0)
  const refunded = own.reduce((sum, part) => sum + part.refunded, 0)
  return {
    setl_id: record.id,
    time: iso(record.time),
    patient: partyOf(ctx, record.patient),
    inst_type: record.instType,
    inst_name: record.instName,
    category: record.category,
    amount: paid,
    acct_pay: 0,
    acct_mulaid_pay: paid,
    psn_cash_pay: 0,
    lines: own.map((part) => lineView(ctx, part)),
    acct_refunded: 0,
    cash_refunded: 0,
    wallet_pay: 0,
    wallet_refunded: 0,
    refunded,
    refundable: paid - refunded,
    payer_part_only: true,
  }
}
