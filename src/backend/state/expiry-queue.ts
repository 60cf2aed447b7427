import { shanghaiDate } from '../../domain/shanghai-time'
import type { UnitOfWork } from '../unit-of-work'

/**
 * Keys that must be forgotten after a while (msgid answers, sessions, face tokens), listed in
 * small shards per Shanghai day. A write touches only the day's last shard (at most SHARD_SIZE
 * names), so sealing it stays cheap however many keys a day collects; forgetting removes at most
 * one shard per request, so it never makes one request slow.
 */
export const SHARD_SIZE = 32
const DAY_MS = 24 * 60 * 60 * 1000

/** [day 'YYYYMMDD', shards, entries in the last shard], oldest day first. */
type DayEntry = [day: string, shards: number, lastShardSize: number]

interface QueueIndex {
  days: DayEntry[]
}

export interface ExpiryQueue {
  indexKey: string
  shardKey: (day: string, shard: number) => string
}

export function dayOf(epochMs: number): string {
  return shanghaiDate(epochMs).replace(/-/g, '')
}

export function daysBefore(epochMs: number, days: number): string {
  return dayOf(epochMs - days * DAY_MS)
}

/** Lists `key` to be forgotten once the day of `expiresAt` is swept. */
export function enqueueExpiry(
  uow: UnitOfWork,
  queue: ExpiryQueue,
  expiresAt: number,
  key: string,
): void {
  const index = uow.get<QueueIndex>(queue.indexKey) ?? { days: [] }
  const day = dayOf(expiresAt)
  let entry = index.days.find((e) => e[0] === day)
  if (!entry) {
    entry = [day, 1, 0]
    index.days.push(entry)
    index.days.sort((a, b) => a[0].localeCompare(b[0]))
  } else if (entry[2] >= SHARD_SIZE) {
    entry[1] += 1
    entry[2] = 0
  }
  const shardKey = queue.shardKey(day, entry[1])
  const shard = uow.get<string[]>(shardKey) ?? []
  shard.push(key)
  uow.put(shardKey, shard)
  entry[2] += 1
  uow.put(queue.indexKey, index)
}

/** Forgets one shard of a day before `cutoffDay` (and the keys it lists), if there is one. */
export function sweepOneShard(uow: UnitOfWork, queue: ExpiryQueue, cutoffDay: string): void {
  const index = uow.get<QueueIndex>(queue.indexKey)
  const oldest = index?.days[0]
  if (!index || !oldest || oldest[0] >= cutoffDay) return
  const shardKey = queue.shardKey(oldest[0], oldest[1])
  for (const key of uow.get<string[]>(shardKey) ?? []) uow.delete(key)
  uow.delete(shardKey)
  oldest[1] -= 1
  oldest[2] = SHARD_SIZE
  if (oldest[1] === 0) index.days.shift()
  uow.put(queue.indexKey, index)
}
