import type {
  ConsumptionKind,
  ConsumptionPage,
  ConsumptionRowView,
  LedgerKind,
} from '../../domain/api'
import type { RequestContext } from '../context'
import { patientSettlementsNewestFirst } from '../settlement/patient-index'
import { itemSummary } from '../settlement/settle'
import { findSettlement, settlementNumber } from '../settlement/settlement-records'
import { ledgerNewestFirst } from '../state/ledger'
import type {
  LedgerEntry,
  PatientSettlementEntry,
  PersonRecord,
  SettlementRecord,
} from '../state/records'
import { iso, partyOf } from '../views'
import { consumptionCursor, readConsumptionCursor, type StreamPositions } from './cursor'
import { FilteredStream } from './filtered-stream'
import { indexCanServe, indexedCandidates } from './indexed-ledger'
import { entryMatches, inTimeRange, type RecordFilter, settlementConcerns } from './records-query'
import { ledgerRowId, patientRowId } from './row-ids'

export const CONSUMPTION_KINDS: readonly ConsumptionKind[] = ['本人消费', '共济支出']

function isConsumption(entry: LedgerEntry): boolean {
  return (CONSUMPTION_KINDS as readonly string[]).includes(entry.kind)
}

/** The consumption kinds the filter lets through (all of them without a kind filter). */
function consumptionKindsOf(filter: RecordFilter): ReadonlySet<LedgerKind> {
  return new Set(
    CONSUMPTION_KINDS.filter((kind) => filter.kinds === null || filter.kinds.has(kind)),
  )
}

function refundedOf(record: SettlementRecord): number {
  const parts = record.parts.reduce((s, p) => s + p.refunded, 0)
  return record.ownRefunded + (record.walletRefunded ?? 0) + record.cashRefunded + parts
}

function settlementFields(record: SettlementRecord) {
  return {
    inst_type: record.instType,
    inst_name: record.instName,
    category: record.category,
    total: record.amount,
    psn_cash_pay: record.cash,
  }
}

function paidBy(ctx: RequestContext, record: SettlementRecord) {
  return record.parts
    .filter((part) => part.amount > 0)
    .map((part) => ({ payer: partyOf(ctx, part.payer), amount: part.amount }))
}

/** A ledger row of the owner: their own purchase, or a member's paid from their account. */
function ledgerConsumptionRow(
  ctx: RequestContext,
  owner: PersonRecord,
  entry: LedgerEntry,
): ConsumptionRowView {
  const record = entry.setlId === undefined ? undefined : findSettlement(ctx, entry.setlId)
  const kind = entry.kind as ConsumptionKind
  const row: ConsumptionRowView = {
    id: ledgerRowId(owner.psnNo, entry.seq),
    time: iso(entry.time),
    kind,
    summary: entry.summary,
    total: -entry.amount,
    from_account: -entry.amount,
    paid_by: [],
    psn_cash_pay: 0,
    refunded: 0,
  }
  if (record) {
    if (kind === '本人消费') {
      Object.assign(row, settlementFields(record), { setl_id: record.id })
      row.paid_by = paidBy(ctx, record)
      row.refunded = refundedOf(record)
    } else {
      // A1: a 共济人 sees where the member spent and what left their own account, nothing more.
      Object.assign(row, {
        inst_type: record.instType,
        inst_name: record.instName,
        category: record.category,
        setl_id: record.id,
      })
      row.refunded = record.parts
        .filter((part) => part.payer === owner.certno)
        .reduce((s, p) => s + p.refunded, 0)
    }
  }
  if (entry.party !== undefined) row.member = partyOf(ctx, entry.party)
  return row
}

/** A settlement of the owner that their own account paid nothing of: family and cash paid. */
function patientConsumptionRow(
  ctx: RequestContext,
  owner: PersonRecord,
  entry: PatientSettlementEntry,
  record: SettlementRecord,
): ConsumptionRowView {
  return {
    id: patientRowId(owner.psnNo, entry.seq),
    time: iso(entry.time),
    kind: '本人消费',
    summary: itemSummary(record),
    ...settlementFields(record),
    from_account: 0,
    paid_by: paidBy(ctx, record),
    refunded: refundedOf(record),
    setl_id: record.id,
  }
}

/**
 * Across the two streams, settlements compare by their numbers (the order they happened in, even
 * when QA moved the clock back); an entry without a settlement by time.
 */
function isNewer(entry: LedgerEntry, indexed: PatientSettlementEntry): boolean {
  if (entry.setlId !== undefined)
    return settlementNumber(entry.setlId) > settlementNumber(indexed.setlId)
  return entry.time >= indexed.time
}

/**
 * 5314 消费记录: the owner's ledger purchases and 共济支出 merged with their settlement index,
 * newest first. Each stream keeps its own position in the cursor, so every row comes once.
 */
export function consumptionPage(
  ctx: RequestContext,
  owner: PersonRecord,
  filter: RecordFilter,
  cursor: string | undefined,
  limit: number,
): ConsumptionPage {
  const at: StreamPositions = readConsumptionCursor(cursor, {
    ledger: owner.ledgerCount,
    patient: owner.patientSettlementCount ?? 0,
  })
  // A consumption page always filters the ledger by kind, so the index names its candidates.
  const ledgerFilter = { ...filter, kinds: consumptionKindsOf(filter) }
  const ledger = new FilteredStream(
    indexCanServe(owner, ledgerFilter)
      ? indexedCandidates(ctx, owner, ledgerFilter, at.ledger)
      : ledgerNewestFirst(ctx, owner, at.ledger),
    (entry) => isConsumption(entry) && entryMatches(ctx, filter, entry),
  )
  const own = new FilteredStream(
    patientSettlementsNewestFirst(ctx, owner, at.patient),
    (entry) =>
      (filter.kinds === null || filter.kinds.has('本人消费')) &&
      inTimeRange(filter, entry.time) &&
      (filter.party === null || settlementConcerns(ctx, entry.setlId, filter.party)),
  )
  const rows: ConsumptionRowView[] = []
  while (rows.length < limit) {
    const fromLedger = ledger.peek()
    const fromIndex = own.peek()
    if (fromLedger && (!fromIndex || isNewer(fromLedger, fromIndex))) {
      ledger.take()
      rows.push(ledgerConsumptionRow(ctx, owner, fromLedger))
      at.ledger = fromLedger.seq
    } else if (fromIndex) {
      own.take()
      const record = findSettlement(ctx, fromIndex.setlId)
      if (record) rows.push(patientConsumptionRow(ctx, owner, fromIndex, record))
      at.patient = fromIndex.seq
    } else {
      break
    }
  }
  const more = ledger.peek() !== undefined || own.peek() !== undefined
  return { rows, next_cursor: more ? consumptionCursor(at) : null }
}
