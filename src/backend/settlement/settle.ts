import type { InstType, ItemCategory } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import { hasPersonalAccount, INSU_STATUS_NAMES, isInsured } from '../../domain/insurance'
import type { Fen } from '../../domain/money'
import { skipReasonText, splitSettlement } from '../../domain/settlement-split'
import type { RequestContext } from '../context'
import { tellMemberPaid } from '../inbox/notices'
import { ledgerRowId } from '../records/row-ids'
import { memberRecord, requireBinding, saveBinding } from '../state/bindings'
import { appendLedger } from '../state/ledger'
import { requirePerson } from '../state/persons'
import type { PersonRecord, SettlementRecord } from '../state/records'
import { findWallet } from '../state/wallets'
import { currentYear } from '../views'
import { moveWallet } from '../wallet/wallet-ledger'
import { indexPatientSettlement } from './patient-index'
import { payerCandidate } from './payer-candidate'
import { nextSettlementId, saveSettlement } from './settlement-records'

export interface SettlementRequest {
  patient: string
  instType: InstType
  instName: string
  category: ItemCategory
  amount: Fen
}

/** The patient must be insured and not terminated; a suspended patient pays in cash (F4). */
function assertInsured(patient: PersonRecord): void {
  if (!isInsured(patient)) {
    throw new DomainError('E_MEMBER_NOT_INSURED')
  }
  if (patient.status === '4') {
    throw new DomainError('E_MEMBER_STATUS', { 状态: INSU_STATUS_NAMES[patient.status] })
  }
}

export function itemSummary(record: Pick<SettlementRecord, 'instName' | 'instType' | 'category'>) {
  return `${record.instName}（${record.instType}）· ${record.category}`
}

/**
 * O2 and T2: splits the amount over own account, 共济人 and cash, and writes every entry, the
 * bindings' use and the settlement record in the request's one unit of work, so all of it is
 * committed together or none of it.
 */
export function settle(ctx: RequestContext, request: SettlementRequest): SettlementRecord {
  const patient = requirePerson(ctx, request.patient)
  assertInsured(patient)
  const year = String(currentYear(ctx))
  const bindings = memberRecord(ctx, patient.certno).order.map((id) => requireBinding(ctx, id))
  const payers = bindings.map((binding) => requirePerson(ctx, binding.payer))
  const wallet = findWallet(ctx, patient.certno)
  const split = splitSettlement({
    amount: request.amount,
    patientStatus: patient.status,
    ownBalance: hasPersonalAccount(patient.insutype) ? patient.balance : null,
    walletBalance: wallet?.balance ?? 0,
    payers: bindings.map((binding, i) => payerCandidate(ctx, binding, payers[i], year)),
  })
  const record: SettlementRecord = {
    id: nextSettlementId(ctx),
    time: ctx.now,
    patient: patient.certno,
    instType: request.instType,
    instName: request.instName,
    category: request.category,
    amount: request.amount,
    own: split.own,
    ownRefunded: 0,
    parts: split.lines.map((line) => ({
      bindingId: line.bindingId,
      payer: line.payer,
      amount: line.amount,
      refunded: 0,
      ...(line.skip ? { skipReason: skipReasonText(line.skip) } : {}),
    })),
    cash: split.cash,
    cashRefunded: 0,
  }
  if (split.wallet > 0) {
    record.wallet = split.wallet
    record.walletRefunded = 0
  }
  if (split.ownSkip) record.ownSkipReason = skipReasonText(split.ownSkip)
  const summary = itemSummary(record)
  if (split.own > 0) {
    appendLedger(ctx, patient, {
      time: ctx.now,
      kind: '本人消费',
      amount: -split.own,
      summary,
      setlId: record.id,
    })
  } else {
    indexPatientSettlement(ctx, patient, record.id)
  }
  if (wallet && split.wallet > 0) {
    moveWallet(ctx, patient, wallet, {
      kind: '医保钱包支付',
      amount: -split.wallet,
      summary,
      setlId: record.id,
    })
  }
  split.lines.forEach((line, i) => {
    if (line.amount === 0) return
    const entry = appendLedger(ctx, payers[i], {
      time: ctx.now,
      kind: '共济支出',
      amount: -line.amount,
      summary: `为${patient.name}支付 · ${summary}`,
      party: patient.certno,
      setlId: record.id,
    })
    const binding = bindings[i]
    binding.used[year] = (binding.used[year] ?? 0) + line.amount
    saveBinding(ctx, binding)
    const rowId = ledgerRowId(payers[i].psnNo, entry.seq)
    tellMemberPaid(ctx, record, line.payer, line.amount, rowId)
  })
  saveSettlement(ctx, record)
  return record
}
