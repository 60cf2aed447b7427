import { DomainError } from '../../domain/errors'
import { type Fen, formatYuanPlain } from '../../domain/money'
import type { RequestContext } from '../context'
import { saveBinding } from '../state/bindings'
import type { BindingRecord } from '../state/records'
import { currentYear } from '../views'

/** O3: what this binding has paid in the current calendar year. */
export function usedThisYear(ctx: RequestContext, binding: BindingRecord): Fen {
  return binding.used[String(currentYear(ctx))] ?? 0
}

/** O3: a per-calendar-year limit or none (null); never below what was already paid this year. */
export function setAnnualLimit(
  ctx: RequestContext,
  binding: BindingRecord,
  limit: Fen | null,
): void {
  if (!ctx.policy.limitsEnabled) throw new DomainError('E_FORBIDDEN')
  const used = usedThisYear(ctx, binding)
  if (limit !== null && limit < used) {
    throw new DomainError('E_LIMIT_BELOW_USED', { 已用: formatYuanPlain(used) })
  }
  binding.limit = limit
  saveBinding(ctx, binding)
}
