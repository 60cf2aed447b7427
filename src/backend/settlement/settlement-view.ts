import type { MulaidLine, SettlementView } from '../../domain/api'
import type { RequestContext } from '../context'
import type { SettlementRecord } from '../state/records'
import { iso, partyOf } from '../views'
import { refundableAmount } from './refund'

/**
 * The split as the national output fields name it. `viewer` is the person asking: the patient
 * (or QA, undefined) sees every 共济人 line; a 共济人 sees only their own (A1).
 */
export function settlementView(
  ctx: RequestContext,
  record: SettlementRecord,
  viewer?: string,
): SettlementView {
  const mulaid = record.parts.reduce((sum, part) => sum + part.amount, 0)
  const mulaidRefunded = record.parts.reduce((sum, part) => sum + part.refunded, 0)
  const visible =
    viewer === undefined || viewer === record.patient
      ? record.parts
      : record.parts.filter((part) => part.payer === viewer)
  const view: SettlementView = {
    setl_id: record.id,
    time: iso(record.time),
    patient: partyOf(ctx, record.patient),
    inst_type: record.instType,
    inst_name: record.instName,
    category: record.category,
    amount: record.amount,
    acct_pay: record.own,
    acct_mulaid_pay: mulaid,
    psn_cash_pay: record.cash,
    lines: visible.map((part) => {
      const line: MulaidLine = {
        binding_id: part.bindingId,
        payer: partyOf(ctx, part.payer),
        amount: part.amount,
        refunded: part.refunded,
      }
      if (part.skipReason !== undefined) line.skip_reason = part.skipReason
      return line
    }),
    acct_refunded: record.ownRefunded,
    cash_refunded: record.cashRefunded,
    refunded: record.ownRefunded + mulaidRefunded + record.cashRefunded,
    refundable: refundableAmount(record),
  }
  if (record.ownSkipReason !== undefined) view.acct_skip_reason = record.ownSkipReason
  return view
}
