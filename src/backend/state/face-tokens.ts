import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import { randomHex } from '../random'
import { keys } from './keys'
import type { FaceTokenRecord } from './records'

/** A face token is good for five minutes, for one person, and for one use. */
export const FACE_TOKEN_TTL_MS = 5 * 60 * 1000

export function issueFaceToken(
  ctx: RequestContext,
  certno: string,
): FaceTokenRecord & { token: string } {
  const token = randomHex(ctx.randomBytes, 16)
  const record: FaceTokenRecord = { certno, expiresAt: ctx.now + FACE_TOKEN_TTL_MS }
  ctx.uow.put(keys.faceToken(token), record)
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
