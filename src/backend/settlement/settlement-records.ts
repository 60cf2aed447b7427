import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import { keys } from '../state/keys'
import { nextNumber, readMeta } from '../state/persons'
import type { SettlementRecord } from '../state/records'

const COUNTER = 'settlement'

/** Settlement ids are numbered in order (S00000001…), so the newest are the highest numbers. */
export function nextSettlementId(ctx: RequestContext): string {
  return settlementId(nextNumber(ctx, COUNTER))
}

function settlementId(n: number): string {
  return `S${String(n).padStart(8, '0')}`
}

/** The running number inside a settlement id: a higher number happened later. */
export function settlementNumber(id: string): number {
  return Number(id.slice(1))
}

export function findSettlement(ctx: RequestContext, id: string): SettlementRecord | undefined {
  return ctx.uow.get<SettlementRecord>(keys.settlement(id))
}

export function requireSettlement(ctx: RequestContext, id: string): SettlementRecord {
  const record = findSettlement(ctx, id)
  if (!record) throw new DomainError('E_NOT_FOUND')
  return record
}

export function saveSettlement(ctx: RequestContext, record: SettlementRecord): void {
  ctx.uow.put(keys.settlement(record.id), record)
}

/** The latest `count` settlements, newest first. */
export function recentSettlements(ctx: RequestContext, count: number): SettlementRecord[] {
  const last = readMeta(ctx).counters[COUNTER] ?? 0
  const records: SettlementRecord[] = []
  for (let n = last; n >= 1 && records.length < count; n -= 1) {
    const record = findSettlement(ctx, settlementId(n))
    if (record) records.push(record)
  }
  return records
}
