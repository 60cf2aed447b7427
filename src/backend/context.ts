import type { Policy } from '../domain/policy'
import type { RandomBytes } from './random'
import type { UnitOfWork } from './unit-of-work'

/** Everything one request's handler may use: its unit of work, the time, the policy, the caller. */
export interface RequestContext {
  uow: UnitOfWork
  /** Epoch ms on the backend clock (QA may have moved it). */
  now: number
  /** Epoch ms on the host clock, without any QA offset: what sessions age on. */
  hostNow: number
  policy: Policy
  randomBytes: RandomBytes
  msgid: string
  /** The certno of the session's person; set for every transaction that needs a session. */
  caller?: string
  token?: string
}

/** The caller of a transaction that requires a session (the table guarantees it is set). */
export function callerOf(ctx: RequestContext): string {
  if (!ctx.caller) throw new Error('transaction table let a request without a session through')
  return ctx.caller
}
