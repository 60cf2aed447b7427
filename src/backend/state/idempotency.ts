import type { UnitOfWork } from '../unit-of-work'
import { daysBefore, enqueueExpiry, type ExpiryQueue, sweepOneShard } from './expiry-queue'
import { keys } from './keys'
import type { IdempotencyRecord } from './records'

/**
 * A2 asks that a repeated msgid return the first answer. Retries come within seconds or minutes,
 * so answers are kept for two Shanghai days and then forgotten: the in-app store must stay far
 * below the platforms' 10 MB however long the app is used. A msgid belongs to its caller
 * (`scope`): one person's msgid never collides with, or reveals, another's.
 */
export const RETENTION_DAYS = 2

const ANSWERS: ExpiryQueue = {
  indexKey: keys.idempotencyIndex,
  shardKey: keys.idempotencyShard,
}

export function earlierAnswer(
  uow: UnitOfWork,
  scope: string,
  msgid: string,
): IdempotencyRecord | undefined {
  return uow.get<IdempotencyRecord>(keys.idempotency(scope, msgid))
}

export function rememberAnswer(
  uow: UnitOfWork,
  now: number,
  scope: string,
  msgid: string,
  record: IdempotencyRecord,
): void {
  const key = keys.idempotency(scope, msgid)
  if (uow.get<IdempotencyRecord>(key) === undefined) enqueueExpiry(uow, ANSWERS, now, key)
  uow.put(key, record)
  sweepOneShard(uow, ANSWERS, daysBefore(now, RETENTION_DAYS))
}
