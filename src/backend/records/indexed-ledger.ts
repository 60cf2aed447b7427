import { shanghaiDate } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { findLedgerEntry } from '../state/ledger'
import {
  isIndexed,
  kindTerm,
  partyTerm,
  rangeTerms,
  SHARED_SETTLEMENT_TERM,
  termCount,
  unionNewestFirst,
} from '../state/ledger-index'
import { findPerson } from '../state/persons'
import type { LedgerEntry, PersonRecord } from '../state/records'
import type { RecordFilter } from './records-query'

/**
 * The entries a filtered 5313 page may show, newest first below `beforeSeq`, from the ledger
 * index: the filter's most selective part (its kinds, its months or its party) names the
 * candidates, and only their ledger pages are read. The caller still checks every candidate
 * against the whole filter. `indexCanServe` says first whether the index can help at all.
 */
export function* indexedCandidates(
  ctx: RequestContext,
  owner: PersonRecord,
  filter: RecordFilter,
  beforeSeq: number,
): Generator<LedgerEntry> {
  const terms = narrowestTerms(ctx, owner, filter)
  if (terms === null) return
  for (const seq of unionNewestFirst(ctx, owner, terms, beforeSeq)) {
    const entry = findLedgerEntry(ctx, owner, seq)
    if (entry) yield entry
  }
}

export function indexCanServe(owner: PersonRecord, filter: RecordFilter): boolean {
  const filtered = filter.kinds !== null || filter.party !== null || hasRange(filter)
  return filtered && isIndexed(owner)
}

function hasRange(filter: RecordFilter): boolean {
  return filter.fromMs !== null || filter.toMs !== null
}

/** The candidate term lists of each part of the filter; the one naming fewest entries wins. */
function narrowestTerms(
  ctx: RequestContext,
  owner: PersonRecord,
  filter: RecordFilter,
): string[] | null {
  const options: string[][] = []
  if (filter.kinds !== null) options.push(Array.from(filter.kinds, kindTerm))
  if (hasRange(filter)) {
    const from = filter.fromMs === null ? '' : shanghaiDate(filter.fromMs)
    const last = filter.toMs === null ? '\uffff' : shanghaiDate(filter.toMs - 1)
    options.push(rangeTerms(owner, from, last))
  }
  if (filter.party !== null) {
    const party = findPerson(ctx, filter.party)
    options.push(party ? [partyTerm(party.psnNo), SHARED_SETTLEMENT_TERM] : [])
  }
  if (options.length === 0) return null
  const size = (terms: string[]) => terms.reduce((n, t) => n + termCount(owner, t), 0)
  return options.reduce((best, next) => (size(next) < size(best) ? next : best))
}
