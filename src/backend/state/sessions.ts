import type { Policy } from '../../domain/policy'
import type { RequestContext } from '../context'
import { randomHex } from '../random'
import { hashHex } from '../storage/integrity'
import type { UnitOfWork } from '../unit-of-work'
import { dayOf, enqueueExpiry, type ExpiryQueue, sweepOneShard } from './expiry-queue'
import { keys } from './keys'
import type { SessionRecord } from './records'

/**
 * Sessions live on the host clock (`ctx.hostNow`), not the QA-moved one: a tester moving the
 * date must not log everybody out. Only the token's hash is stored, so a copy of the store
 * logs nobody in.
 */
const SESSIONS: ExpiryQueue = { indexKey: keys.sessionIndex, shardKey: keys.sessionShard }

/** Idle time is tracked to the minute: a busy session is not rewritten on every read. */
const TOUCH_EVERY_MS = 60 * 1000

export function sessionKey(token: string): string {
  return keys.session(hashHex(token))
}

export function openSession(ctx: RequestContext, certno: string): string {
  const token = randomHex(ctx.randomBytes, 24)
  const session: SessionRecord = { certno, createdAt: ctx.hostNow, lastSeenAt: ctx.hostNow }
  const key = sessionKey(token)
  ctx.uow.put(key, session)
  if (ctx.policy.sessionMaxMs !== null) {
    enqueueExpiry(ctx.uow, SESSIONS, ctx.hostNow + ctx.policy.sessionMaxMs, key)
  }
  return token
}

/** The certno of a live session, or undefined; an expired one is removed when `uow` commits. */
export function liveSession(
  uow: UnitOfWork,
  policy: Policy,
  token: string,
  hostNow: number,
): string | undefined {
  const key = sessionKey(token)
  const session = uow.get<SessionRecord>(key)
  if (!session) return undefined
  if (isExpired(session, policy, hostNow)) {
    uow.delete(key)
    return undefined
  }
  if (policy.sessionIdleMs !== null && hostNow - session.lastSeenAt >= TOUCH_EVERY_MS) {
    uow.put(key, { ...session, lastSeenAt: hostNow })
  }
  return session.certno
}

export function endSession(uow: UnitOfWork, token: string): void {
  uow.delete(sessionKey(token))
}

/** Forgets one day's worth of sessions past their absolute end. */
export function sweepSessions(uow: UnitOfWork, hostNow: number): void {
  sweepOneShard(uow, SESSIONS, dayOf(hostNow))
}

/** Re-lists sessions kept across a reset (the reset wipes the expiry lists). */
export function relistSession(
  uow: UnitOfWork,
  policy: Policy,
  key: string,
  session: SessionRecord,
) {
  uow.put(key, session)
  if (policy.sessionMaxMs !== null) {
    enqueueExpiry(uow, SESSIONS, session.createdAt + policy.sessionMaxMs, key)
  }
}

function isExpired(session: SessionRecord, policy: Policy, hostNow: number): boolean {
  const idle = policy.sessionIdleMs !== null && hostNow - session.lastSeenAt > policy.sessionIdleMs
  const old = policy.sessionMaxMs !== null && hostNow - session.createdAt > policy.sessionMaxMs
  return idle || old
}
