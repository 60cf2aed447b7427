import { shanghaiDate } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { keys } from './keys'
import { findPerson } from './persons'
import type { LedgerEntry, PersonRecord } from './records'

/**
 * A per-person index of the ledger for filtered pages: for each term (a kind, a month, a day, a
 * party)
 * the sequence numbers of its entries, ascending, in chunks of CHUNK. A filtered page then reads
 * only the ledger pages of the entries it returns, not every page. Terms are plain strings, so
 * a new kind of entry is indexed without any change here.
 */
const CHUNK = 128

/** An own settlement entry without a party concerns whoever shared in the settlement. */
export const SHARED_SETTLEMENT_TERM = 's'

export function kindTerm(kind: string): string {
  return `k:${kind}`
}

export function monthTerm(epochMs: number): string {
  return `m:${shanghaiDate(epochMs).slice(0, 7)}`
}

export function dayTerm(epochMs: number): string {
  return `d:${shanghaiDate(epochMs)}`
}

export function partyTerm(psnNo: string): string {
  return `p:${psnNo}`
}

function termsOf(ctx: RequestContext, entry: LedgerEntry): string[] {
  const terms = [kindTerm(entry.kind), monthTerm(entry.time), dayTerm(entry.time)]
  if (entry.party !== undefined) {
    const party = findPerson(ctx, entry.party)
    if (party) terms.push(partyTerm(party.psnNo))
  } else if (entry.setlId !== undefined) terms.push(SHARED_SETTLEMENT_TERM)
  return terms
}

/**
 * Adds `entry` to its owner's index. A person whose ledger predates the index (stored before
 * it existed) is never indexed, and their filtered pages scan as before.
 */
export function indexLedgerEntry(ctx: RequestContext, person: PersonRecord, entry: LedgerEntry) {
  if (person.ledgerIndex === undefined) {
    if (entry.seq !== 1) return
    person.ledgerIndex = {}
  }
  const counts = person.ledgerIndex
  for (const term of termsOf(ctx, entry)) {
    const count = counts[term] ?? 0
    const key = keys.ledgerIndexChunk(person.psnNo, term, Math.floor(count / CHUNK))
    const chunk = ctx.uow.get<number[]>(key) ?? []
    chunk.push(entry.seq)
    ctx.uow.put(key, chunk)
    counts[term] = count + 1
  }
}

export function isIndexed(person: PersonRecord): boolean {
  return person.ledgerIndex !== undefined
}

/** How many entries carry `term` (0 for a term never seen). */
export function termCount(person: PersonRecord, term: string): number {
  return person.ledgerIndex?.[term] ?? 0
}

/**
 * The terms covering Shanghai dates `from`..`last` (inclusive, 'YYYY-MM-DD'; '' and '\uffff' for
 * open ends): a month wholly inside as one term, the days of a month cut by an end one by one.
 */
export function rangeTerms(person: PersonRecord, from: string, last: string): string[] {
  const terms = Object.keys(person.ledgerIndex ?? {})
  const months = terms.filter((t) => t.startsWith('m:')).map((t) => t.slice(2))
  const whole = months.filter((m) => `${m}-01` >= from && `${m}-31` <= last)
  const cut = months.filter(
    (m) => !whole.includes(m) && m >= from.slice(0, 7) && m <= last.slice(0, 7),
  )
  const days = terms.filter((t) => {
    const day = t.slice(2)
    return t.startsWith('d:') && cut.includes(day.slice(0, 7)) && day >= from && day <= last
  })
  return [...whole.map((m) => `m:${m}`), ...days]
}

/** The sequence numbers of `term` below `beforeSeq`, newest first, a chunk at a time. */
function* termNewestFirst(
  ctx: RequestContext,
  person: PersonRecord,
  term: string,
  beforeSeq: number,
): Generator<number> {
  const chunkAt = (n: number) =>
    ctx.uow.get<number[]>(keys.ledgerIndexChunk(person.psnNo, term, n)) ?? []
  // Binary search for the last chunk that starts below `beforeSeq`: deep pages stay cheap.
  let low = 0
  let high = Math.ceil(termCount(person, term) / CHUNK) - 1
  let start = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if ((chunkAt(mid)[0] ?? Infinity) < beforeSeq) {
      start = mid
      low = mid + 1
    } else high = mid - 1
  }
  for (let n = start; n >= 0; n -= 1) {
    const chunk = chunkAt(n)
    for (let i = chunk.length - 1; i >= 0; i -= 1) if (chunk[i] < beforeSeq) yield chunk[i]
  }
}

/** The union of several terms' sequence numbers below `beforeSeq`, newest first, each once. */
export function* unionNewestFirst(
  ctx: RequestContext,
  person: PersonRecord,
  terms: readonly string[],
  beforeSeq: number,
): Generator<number> {
  const heads = terms.map((t) => termNewestFirst(ctx, person, t, beforeSeq))
  const current = heads.map((h) => h.next())
  for (;;) {
    let best = -1
    current.forEach((c, i) => {
      if (!c.done && (best < 0 || c.value > (current[best].value as number))) best = i
    })
    if (best < 0) return
    const seq = current[best].value as number
    yield seq
    current.forEach((c, i) => {
      if (!c.done && c.value === seq) current[i] = heads[i].next()
    })
  }
}
