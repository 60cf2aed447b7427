import { shanghaiDate } from '../../domain/shanghai-time'
import type { UnitOfWork } from '../unit-of-work'
import { keys } from './keys'
import type { IdempotencyRecord } from './records'

/**
 * A2 asks that a repeated msgid return the first answer. Retries come within seconds or minutes,
 * so answers are kept for two Shanghai days and then forgotten, a shard at a time: the in-app
 * store must stay far below the platforms' 10 MB however long the app is used.
 */
export const RETENTION_DAYS = 2
const SHARD_SIZE = 500
const DAY_MS = 24 * 60 * 60 * 1000

/** [day 'YYYYMMDD', shards, entries in the last shard], oldest day first. */
type DayEntry = [day: string, shards: number, lastShardSize: number]

interface IdempotencyIndex {
  days: DayEntry[]
}

function dayOf(epochMs: number): string {
  return shanghaiDate(epochMs).replace(/-/g, '')
}

export function rememberAnswer(
  uow: UnitOfWork,
  now: number,
  msgid: string,
  record: IdempotencyRecord,
): void {
  const index = uow.get<IdempotencyIndex>(keys.idempotencyIndex) ?? { days: [] }
  if (uow.get<IdempotencyRecord>(keys.idempotency(msgid)) === undefined) {
    const day = dayOf(now)
    let last = index.days.find((entry) => entry[0] === day)
    if (!last) {
      last = [day, 1, 0]
      index.days.push(last)
      index.days.sort((a, b) => a[0].localeCompare(b[0]))
    } else if (last[2] >= SHARD_SIZE) {
      last[1] += 1
      last[2] = 0
    }
    const shardKey = keys.idempotencyShard(day, last[1])
    const shard = uow.get<string[]>(shardKey) ?? []
    shard.push(msgid)
    uow.put(shardKey, shard)
    last[2] += 1
  }
  uow.put(keys.idempotency(msgid), record)
  forgetOneShard(uow, index, dayOf(now - RETENTION_DAYS * DAY_MS))
  uow.put(keys.idempotencyIndex, index)
}

/** At most one shard per request, so forgetting never makes one request slow. */
function forgetOneShard(uow: UnitOfWork, index: IdempotencyIndex, cutoffDay: string): void {
  const oldest = index.days[0]
  if (!oldest || oldest[0] >= cutoffDay) return
  const shardKey = keys.idempotencyShard(oldest[0], oldest[1])
  for (const msgid of uow.get<string[]>(shardKey) ?? []) uow.delete(keys.idempotency(msgid))
  uow.delete(shardKey)
  oldest[1] -= 1
  oldest[2] = SHARD_SIZE
  if (oldest[1] === 0) index.days.shift()
}
