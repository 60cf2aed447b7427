import type { RequestContext } from '../context'
import { keys, LEDGER_PAGE_SIZE, ledgerPageOf } from './keys'
import { indexLedgerEntry } from './ledger-index'
import { savePerson } from './persons'
import type { LedgerEntry, PersonRecord } from './records'

export type NewLedgerEntry = Omit<LedgerEntry, 'seq' | 'balance'>

/**
 * Appends one movement to a person's account and moves the balance with it, so the balance is
 * always the last entry's running balance. Only the newest page is rewritten.
 */
export function appendLedger(
  ctx: RequestContext,
  person: PersonRecord,
  entry: NewLedgerEntry,
): LedgerEntry {
  const balance = person.balance + entry.amount
  const full = pushLedgerEntry(ctx, person, { ...entry, balance })
  person.balance = balance
  savePerson(ctx, person)
  return full
}

/**
 * Appends an entry whose running balance the caller worked out (the 医保钱包's entries share the
 * person's ledger but carry the wallet's balance); the caller saves the person.
 */
export function pushLedgerEntry(
  ctx: RequestContext,
  person: PersonRecord,
  entry: Omit<LedgerEntry, 'seq'>,
): LedgerEntry {
  const seq = person.ledgerCount + 1
  const full: LedgerEntry = { ...entry, seq }
  const key = keys.ledgerPage(person.psnNo, ledgerPageOf(seq))
  const page = ctx.uow.get<LedgerEntry[]>(key) ?? []
  page.push(full)
  ctx.uow.put(key, page)
  indexLedgerEntry(ctx, person, full)
  person.ledgerCount = seq
  return full
}

export function readLedgerPage(ctx: RequestContext, psnNo: string, page: number): LedgerEntry[] {
  return ctx.uow.get<LedgerEntry[]>(keys.ledgerPage(psnNo, page)) ?? []
}

export function findLedgerEntry(
  ctx: RequestContext,
  person: PersonRecord,
  seq: number,
): LedgerEntry | undefined {
  if (seq < 1 || seq > person.ledgerCount) return undefined
  return readLedgerPage(ctx, person.psnNo, ledgerPageOf(seq)).find((e) => e.seq === seq)
}

/** Entries newest first, starting below `beforeSeq` (exclusive), reading one page at a time. */
export function* ledgerNewestFirst(
  ctx: RequestContext,
  person: PersonRecord,
  beforeSeq = person.ledgerCount + 1,
): Generator<LedgerEntry> {
  let seq = Math.min(beforeSeq - 1, person.ledgerCount)
  while (seq >= 1) {
    const pageNo = ledgerPageOf(seq)
    const page = readLedgerPage(ctx, person.psnNo, pageNo)
    for (let i = page.length - 1; i >= 0; i -= 1) {
      if (page[i].seq <= seq) yield page[i]
    }
    seq = pageNo * LEDGER_PAGE_SIZE
  }
}
