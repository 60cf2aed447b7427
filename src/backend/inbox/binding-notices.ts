import type { MessageKind } from '../../domain/api'
import { shanghaiDate } from '../../domain/shanghai-time'
import { confirmerOf, guardiansOf } from '../binding/self-consent'
import type { RequestContext } from '../context'
import { saveBinding } from '../state/bindings'
import { tell } from '../state/inbox'
import { requirePerson } from '../state/persons'
import type { BindingRecord } from '../state/records'

/** N1 for bindings: a binding change goes to both sides (N2), a request to the one who acts. */
export type BindingEvent =
  'waiting' | 'started' | 'confirmed' | 'declined' | 'expired' | 'withdrawn' | 'ended'

const KINDS: Record<BindingEvent, MessageKind> = {
  waiting: 'binding_waiting',
  started: 'binding_started',
  confirmed: 'binding_confirmed',
  declined: 'binding_declined',
  expired: 'binding_expired',
  withdrawn: 'binding_withdrawn',
  ended: 'binding_ended',
}

export function tellBinding(
  ctx: RequestContext,
  binding: BindingRecord,
  event: BindingEvent,
  time: number = ctx.now,
): void {
  const payer = requirePerson(ctx, binding.payer).name
  const member = requirePerson(ctx, binding.member).name
  const link = { target: 'binding' as const, id: binding.id }
  const send = (to: string, title: string, body: string) =>
    tell(ctx, to, { kind: KINDS[event], title, body, link, time })
  const reason = binding.endReason ?? ''
  switch (event) {
    case 'waiting':
      if (confirmerOf(ctx, binding) === 'guardian') {
        for (const parent of guardiansOf(ctx, binding.member))
          send(
            parent,
            `${payer}申请为${member}绑定家庭共济`,
            `${member}未满16周岁，需由您在共济绑定页面确认或拒绝。申请${validUntil(binding)}前有效。`,
          )
        return
      }
      send(
        binding.member,
        `${payer}邀请您加入家庭共济`,
        `请在共济绑定页面“待我确认”中同意并人脸验证，或拒绝。申请${validUntil(binding)}前有效。`,
      )
      return
    case 'started':
      send(binding.member, `${payer}已为您开通家庭共济`, '就医购药时可使用其个人账户支付。')
      return
    case 'confirmed':
      send(binding.payer, `${member}已同意绑定`, '共济关系已生效。')
      send(binding.member, `您已加入${payer}的共济家庭`, '共济关系已生效。')
      return
    case 'declined':
      send(binding.payer, `${member}拒绝了绑定申请`, reason)
      return
    case 'expired':
      send(binding.payer, `给${member}的绑定申请已失效`, reason)
      send(binding.member, `${payer}的绑定申请已失效`, reason)
      return
    case 'withdrawn':
      send(binding.member, `${payer}已撤回绑定申请`, reason)
      return
    case 'ended':
      send(binding.payer, `与${member}的共济关系已解除`, reason)
      send(binding.member, `与${payer}的共济关系已解除`, reason)
  }
}

function validUntil(binding: BindingRecord): string {
  return binding.expiresAt === undefined ? '有效期' : shanghaiDate(binding.expiresAt)
}

const EXPIRY_NOTICE_MS = 24 * 60 * 60 * 1000

/**
 * N1: a pending binding will expire within 24 h; told once, to the one who must confirm. Nothing
 * runs in the background, so this is checked when their pending requests are read.
 */
export function tellIfExpiringSoon(ctx: RequestContext, binding: BindingRecord): void {
  if (binding.state !== 'pending' || binding.expiresAt === undefined) return
  if (binding.expiresAt - ctx.now > EXPIRY_NOTICE_MS || binding.expiresAt <= ctx.now) return
  if (binding.expiryNoticed) return
  binding.expiryNoticed = true
  saveBinding(ctx, binding)
  tell(ctx, binding.member, {
    kind: 'binding_expiring',
    title: `${requirePerson(ctx, binding.payer).name}的绑定申请即将失效`,
    body: '申请将在24小时内失效，如需加入请尽快同意并人脸验证。',
    link: { target: 'binding', id: binding.id },
  })
}
