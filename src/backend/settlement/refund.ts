import type { Fen } from '../../domain/money'
import { refundableOf, type RefundAllocation, unwindRefund } from '../../domain/settlement-split'
import { shanghaiYear } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { tellRefundReturned } from '../inbox/notices'
import { ledgerRowId } from '../records/row-ids'
import { findBinding, saveBinding } from '../state/bindings'
import { appendLedger } from '../state/ledger'
import { requirePerson } from '../state/persons'
import type { SettlementRecord } from '../state/records'
import { findWallet } from '../state/wallets'
import { moveWallet } from '../wallet/wallet-ledger'
import { itemSummary } from './settle'
import { requireSettlement, saveSettlement } from './settlement-records'

function paidSettlementOf(record: SettlementRecord) {
  return {
    own: { paid: record.own, refunded: record.ownRefunded },
    wallet: { paid: record.wallet ?? 0, refunded: record.walletRefunded ?? 0 },
    lines: record.parts.map((part) => ({ paid: part.amount, refunded: part.refunded })),
    cash: { paid: record.cash, refunded: record.cashRefunded },
  }
}

export function refundableAmount(record: SettlementRecord): Fen {
  return refundableOf(paidSettlementOf(record))
}

/**
 * T3: returns each part to the account it came from, in reverse deduction order, even when the
 * binding has ended since; the binding's use in the settlement's year goes down by its part.
 */
export function refund(
  ctx: RequestContext,
  setlId: string,
  amount: Fen,
): { record: SettlementRecord; allocation: RefundAllocation } {
  const record = requireSettlement(ctx, setlId)
  const allocation = unwindRefund(paidSettlementOf(record), amount)
  const patient = requirePerson(ctx, record.patient)
  const year = String(shanghaiYear(record.time))
  const summary = `退费 · ${itemSummary(record)}`
  record.cashRefunded += allocation.cash
  for (let i = record.parts.length - 1; i >= 0; i -= 1) {
    const back = allocation.lines[i]
    if (back === 0) continue
    const part = record.parts[i]
    part.refunded += back
    const payer = requirePerson(ctx, part.payer)
    const entry = appendLedger(ctx, payer, {
      time: ctx.now,
      kind: '退费',
      amount: back,
      summary: `${patient.name}${summary}`,
      party: patient.certno,
      setlId: record.id,
    })
    tellRefundReturned(ctx, record, part.payer, back, ledgerRowId(payer.psnNo, entry.seq))
    const binding = findBinding(ctx, part.bindingId)
    if (binding) {
      binding.used[year] = Math.max(0, (binding.used[year] ?? 0) - back)
      saveBinding(ctx, binding)
    }
  }
  const wallet = findWallet(ctx, patient.certno)
  if (allocation.wallet > 0 && wallet) {
    record.walletRefunded = (record.walletRefunded ?? 0) + allocation.wallet
    moveWallet(ctx, patient, wallet, {
      kind: '退费',
      amount: allocation.wallet,
      summary,
      setlId: record.id,
    })
  }
  if (allocation.own > 0) {
    record.ownRefunded += allocation.own
    appendLedger(ctx, patient, {
      time: ctx.now,
      kind: '退费',
      amount: allocation.own,
      summary,
      setlId: record.id,
    })
  }
  saveSettlement(ctx, record)
  return { record, allocation }
}
