import type { LedgerKind, RecordsQueryInput } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import { checkDigit, normalizeIdNumber } from '../../domain/id-number'
import { addDays, isRealDate, startOfShanghaiDate } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { bad, type Fields, integer, object, optionalText } from '../input'
import { findSettlement } from '../settlement/settlement-records'
import { findBinding } from '../state/bindings'
import type { LedgerEntry } from '../state/records'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 50

/** The filters of 5313/5314 after checking; `party` is the person the rows must concern. */
export interface RecordFilter {
  fromMs: number | null
  /** Exclusive: the start of the day after `to`. */
  toMs: number | null
  kinds: ReadonlySet<LedgerKind> | null
  party: string | null
}

function date(input: Fields, field: string): string | undefined {
  const value = optionalText(input, field, 10)
  if (value === undefined) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw bad(field)
  }
  return value
}

function fullIdNumber(input: Fields, field: string): string | undefined {
  const value = optionalText(input, field, 18)
  if (value === undefined) return undefined
  const normalized = normalizeIdNumber(value)
  if (!/^\d{17}[\dX]$/.test(normalized) || checkDigit(normalized) !== normalized[17]) {
    throw bad(field)
  }
  return normalized
}

/** Checks a 5313/5314 query; `allowedKinds` are the kinds the listing can contain. */
export function parseRecordsQuery(
  raw: unknown,
  allowedKinds: readonly LedgerKind[],
): RecordsQueryInput {
  const input = object(raw)
  const query: RecordsQueryInput = {
    limit:
      input.limit === undefined ? DEFAULT_PAGE_SIZE : integer(input, 'limit', 1, MAX_PAGE_SIZE),
  }
  const from = date(input, 'from')
  const to = date(input, 'to')
  if (from !== undefined && to !== undefined && from > to) throw bad('to')
  if (from !== undefined) query.from = from
  if (to !== undefined) query.to = to
  if (input.kinds !== undefined) {
    const kinds = input.kinds
    if (!Array.isArray(kinds) || kinds.length > allowedKinds.length) throw bad('kinds')
    if (!kinds.every((k) => (allowedKinds as readonly unknown[]).includes(k))) throw bad('kinds')
    query.kinds = kinds as LedgerKind[]
  }
  const memberCertno = fullIdNumber(input, 'member_certno')
  const bindingId = optionalText(input, 'binding_id', 40)
  if (memberCertno !== undefined && bindingId !== undefined) throw bad('binding_id')
  if (memberCertno !== undefined) query.member_certno = memberCertno
  if (bindingId !== undefined) query.binding_id = bindingId
  const cursor = optionalText(input, 'cursor', 40)
  if (cursor !== undefined) query.cursor = cursor
  return query
}

/** A binding filter means its other side, seen from the caller, who must be one of its sides. */
function partyOfBinding(ctx: RequestContext, caller: string, bindingId: string): string {
  const binding = findBinding(ctx, bindingId)
  if (!binding) throw new DomainError('E_NOT_FOUND')
  if (binding.payer === caller) return binding.member
  if (binding.member === caller) return binding.payer
  throw new DomainError('E_FORBIDDEN')
}

export function recordFilter(
  ctx: RequestContext,
  caller: string,
  query: RecordsQueryInput,
): RecordFilter {
  const toStart = query.to === undefined ? null : startOfShanghaiDate(query.to)
  let party: string | null = query.member_certno ?? null
  if (query.binding_id !== undefined) party = partyOfBinding(ctx, caller, query.binding_id)
  return {
    fromMs: query.from === undefined ? null : startOfShanghaiDate(query.from),
    toMs: toStart === null ? null : addDays(toStart, 1),
    kinds: query.kinds && query.kinds.length > 0 ? new Set(query.kinds) : null,
    party,
  }
}

export function inTimeRange(filter: RecordFilter, time: number): boolean {
  return (
    (filter.fromMs === null || time >= filter.fromMs) &&
    (filter.toMs === null || time < filter.toMs)
  )
}

/** A settlement concerns a person who was its patient or paid part of it. */
export function settlementConcerns(ctx: RequestContext, setlId: string, party: string): boolean {
  const record = findSettlement(ctx, setlId)
  if (!record) return false
  return record.patient === party || record.parts.some((p) => p.payer === party && p.amount > 0)
}

/**
 * An entry with a party (共济支出, 代缴, a 共济人's 退费) concerns that person; the caller's own
 * entries concern whoever shared in their settlement.
 */
export function entryMatches(ctx: RequestContext, filter: RecordFilter, entry: LedgerEntry) {
  if (!inTimeRange(filter, entry.time)) return false
  if (filter.kinds !== null && !filter.kinds.has(entry.kind)) return false
  if (filter.party === null) return true
  if (entry.party !== undefined) return entry.party === filter.party
  return entry.setlId !== undefined && settlementConcerns(ctx, entry.setlId, filter.party)
}
