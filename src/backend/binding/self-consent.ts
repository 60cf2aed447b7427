import type { RequestContext } from '../context'
import { ageOf } from '../views'

/** F2 and O1: from their 16th birthday (P2) a member confirms and orders for themself. */
export const SELF_CONSENT_AGE = 16

export function decidesForThemself(ctx: RequestContext, certno: string): boolean {
  return ageOf(ctx, certno) >= SELF_CONSENT_AGE
}
