import type { InsuStatus } from '../../domain/insurance'
import { INSU_STATUS_NAMES, isHenan } from '../../domain/insurance'
import type { RequestContext } from '../context'
import { findFamily, memberRecord } from '../state/bindings'
import { savePerson } from '../state/persons'
import type { PersonRecord } from '../state/records'
import { closeBinding, loadBindings } from './binding-lifecycle'

export interface InsuranceChange {
  status?: InsuStatus
  admdvs?: string
}

/**
 * F4: when a person stops being insured normally in Henan, every binding they are in closes on
 * its own: active ones end, pending requests expire. A suspension (2) only closes them where the
 * policy says so (江西); otherwise they stay and simply cannot pay. Returns the closed ids.
 */
export function applyInsuranceChange(
  ctx: RequestContext,
  person: PersonRecord,
  change: InsuranceChange,
): string[] {
  if (change.status !== undefined) person.status = change.status
  if (change.admdvs !== undefined) person.admdvs = change.admdvs
  savePerson(ctx, person)
  const cause = endingCause(ctx, person)
  if (cause === null) return []
  const ids = new Set([
    ...(findFamily(ctx, person.certno)?.bindingIds ?? []),
    ...memberRecord(ctx, person.certno).bindingIds,
  ])
  const closed: string[] = []
  loadBindings(ctx, Array.from(ids)).forEach((binding) => {
    const who = binding.payer === person.certno ? '共济人' : '被共济人'
    if (binding.state === 'active') {
      closeBinding(ctx, binding, 'ended', {
        by: 'auto',
        reason: `${who}${cause}，共济关系已自动解除`,
      })
    } else if (binding.state === 'pending') {
      closeBinding(ctx, binding, 'expired', {
        by: 'auto',
        reason: `${who}${cause}，绑定申请已自动失效`,
      })
    } else {
      return
    }
    closed.push(binding.id)
  })
  return closed
}

/** Why the person's bindings end, in words a citizen reads on the binding card; null if not. */
function endingCause(ctx: RequestContext, person: PersonRecord): string | null {
  const ends =
    person.status === '4' ||
    person.status === '0' ||
    (person.status === '2' && ctx.policy.suspendEndsBindings)
  if (ends) return `参保状态变更为“${INSU_STATUS_NAMES[person.status]}”`
  if (!isHenan(person.admdvs)) return '参保地已转出河南省'
  return null
}
