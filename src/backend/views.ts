import type { BindingView, PartyView, PersonInfo, PinState } from '../domain/api'
import { birthDateOf, maskIdNumber, sexOf } from '../domain/id-number'
import {
  admdvsName,
  hasPersonalAccount,
  INSU_STATUS_NAMES,
  INSU_TYPE_NAMES,
} from '../domain/insurance'
import { SELF_CONSENT_AGE } from '../domain/policy'
import { ageOn, shanghaiDate, shanghaiYear, toIsoShanghai } from '../domain/shanghai-time'
import type { RequestContext } from './context'
import { requirePerson } from './state/persons'
import type { BindingRecord, PersonRecord } from './state/records'

/** Answers show ID numbers masked (A3) and times as ISO with +08:00. */
export function iso(epochMs: number): string {
  return toIsoShanghai(epochMs)
}

export function ageOf(ctx: RequestContext, certno: string): number {
  return ageOn(birthDateOf(certno), shanghaiDate(ctx.now))
}

export function currentYear(ctx: RequestContext): number {
  return shanghaiYear(ctx.now)
}

export function pinStateOf(ctx: RequestContext, person: PersonRecord): PinState | null {
  if (!person.pin) return null
  if (person.pin.lockedUntil !== null && person.pin.lockedUntil > ctx.now) return 'locked'
  return person.pin.initial ? 'initial' : 'set'
}

export function personInfo(ctx: RequestContext, person: PersonRecord): PersonInfo {
  return {
    psn_name: person.name,
    certno: maskIdNumber(person.certno),
    sex: sexOf(person.certno),
    birth_date: birthDateOf(person.certno),
    age: ageOf(ctx, person.certno),
    insutype: person.insutype,
    insutype_name: person.insutype ? INSU_TYPE_NAMES[person.insutype] : '未参保',
    psn_insu_stas: person.status,
    psn_insu_stas_name: INSU_STATUS_NAMES[person.status],
    insuplc_admdvs: person.admdvs,
    insuplc_name: admdvsName(person.admdvs),
    balc: hasPersonalAccount(person.insutype) ? person.balance : null,
    pin_state: pinStateOf(ctx, person),
  }
}

export function partyView(ctx: RequestContext, person: PersonRecord): PartyView {
  return {
    psn_name: person.name,
    certno: maskIdNumber(person.certno),
    age: ageOf(ctx, person.certno),
  }
}

export function partyOf(ctx: RequestContext, certno: string): PartyView {
  return partyView(ctx, requirePerson(ctx, certno))
}

export function bindingView(ctx: RequestContext, binding: BindingRecord): BindingView {
  const view: BindingView = {
    binding_id: binding.id,
    payer: partyOf(ctx, binding.payer),
    member: partyOf(ctx, binding.member),
    relation: binding.relation,
    state: binding.state,
    annual_limit: binding.limit,
    used_this_year: binding.used[String(currentYear(ctx))] ?? 0,
    created_at: iso(binding.createdAt),
  }
  if (binding.confirmedAt !== undefined) view.confirmed_at = iso(binding.confirmedAt)
  if (binding.state === 'pending') {
    if (binding.expiresAt !== undefined) view.expires_at = iso(binding.expiresAt)
    view.confirmer = ageOf(ctx, binding.member) >= SELF_CONSENT_AGE ? 'member' : 'guardian'
  }
  if (binding.endedAt !== undefined) view.ended_at = iso(binding.endedAt)
  if (binding.endedBy !== undefined) view.ended_by = binding.endedBy
  if (binding.endReason !== undefined) view.end_reason = binding.endReason
  return view
}
