import type { LedgerKind, LedgerRowView, RecordsPage } from '../../domain/api'
import type { RequestContext } from '../context'
import { ledgerNewestFirst } from '../state/ledger'
import type { LedgerEntry, PersonRecord } from '../state/records'
import { iso, partyOf } from '../views'
import { changesCursor, readChangesCursor } from './cursor'
import { FilteredStream } from './filtered-stream'
import { indexCanServe, indexedCandidates } from './indexed-ledger'
import { entryMatches, type RecordFilter } from './records-query'
import { ledgerRowId } from './row-ids'

export const LEDGER_KINDS: readonly LedgerKind[] = [
  '划入',
  '本人消费',
  '共济支出',
  '共济收入',
  '代缴',
  '退费',
  '转出至医保钱包',
  '医保钱包退回',
  '医保钱包转入',
  '医保钱包支付',
]

export function ledgerRowView(
  ctx: RequestContext,
  owner: PersonRecord,
  entry: LedgerEntry,
): LedgerRowView {
  const row: LedgerRowView = {
    id: ledgerRowId(owner.psnNo, entry.seq),
    time: iso(entry.time),
    kind: entry.kind,
    amount: entry.amount,
    balc_after: entry.balance,
    summary: entry.summary,
  }
  if (entry.purse !== undefined) row.purse = entry.purse
  if (entry.party !== undefined) row.member = partyOf(ctx, entry.party)
  if (entry.setlId !== undefined) row.setl_id = entry.setlId
  if (entry.receiptNo !== undefined) row.receipt_no = entry.receiptNo
  return row
}

/**
 * 5313 账户变动: the owner's own ledger, newest first. A person without an account (390) has no
 * entries and gets an empty page.
 */
export function accountChangesPage(
  ctx: RequestContext,
  owner: PersonRecord,
  filter: RecordFilter,
  cursor: string | undefined,
  limit: number,
): RecordsPage {
  let before = readChangesCursor(cursor, owner.ledgerCount)
  const source = indexCanServe(owner, filter)
    ? indexedCandidates(ctx, owner, filter, before)
    : ledgerNewestFirst(ctx, owner, before)
  const stream = new FilteredStream(source, (entry) => entryMatches(ctx, filter, entry))
  const rows: LedgerRowView[] = []
  while (rows.length < limit) {
    const entry = stream.take()
    if (!entry) break
    rows.push(ledgerRowView(ctx, owner, entry))
    before = entry.seq
  }
  return { rows, next_cursor: stream.peek() ? changesCursor(before) : null }
}
