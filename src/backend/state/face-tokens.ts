import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import { randomHex } from '../random'
import type { UnitOfWork } from '../unit-of-work'
import { dayOf, enqueueExpiry, type ExpiryQueue, sweepOneShard } from './expiry-queue'
import { keys } from './keys'
import type { FaceTokenRecord } from './records'

const FACE_TOKENS: ExpiryQueue = { indexKey: keys.faceTokenIndex, shardKey: keys.faceTokenShard }

/** A face token is good for five minutes, for one person, and for one use. */
export const FACE_TOKEN_TTL_MS = 5 * 60 * 1000

export function issueFaceToken(
  ctx: RequestContext,
  certno: string,
): FaceTokenRecord & { token: string } {
  const token = randomHex(ctx.randomBytes, 16)
  const record: FaceTokenRecord = { certno, expiresAt: ctx.now + FACE_TOKEN_TTL_MS }
  ctx.uow.put(keys.faceToken(token), record)
  enqueueExpiry(ctx.uow, FACE_TOKENS, record.expiresAt, keys.faceToken(token))
  return { ...record, token }
}

/** Spends a face token of `certno`; anything else is E_FACE_FAILED. */
export function consumeFaceToken(ctx: RequestContext, token: string, certno: string): void {
  const record = ctx.uow.get<FaceTokenRecord>(keys.faceToken(token))
  if (!record || record.certno !== certno || record.expiresAt < ctx.now) {
    throw new DomainError('E_FACE_FAILED')
  }
  ctx.uow.delete(keys.faceToken(token))
}

/** Forgets one day's worth of face tokens that expired before today (used or not). */
export function sweepFaceTokens(uow: UnitOfWork, now: number): void {
  sweepOneShard(uow, FACE_TOKENS, dayOf(now))
}
