import type { BindingAddOutput } from '../../domain/api'
import { assertTransition } from '../../domain/binding-state'
import { DomainError } from '../../domain/errors'
import type { Relation } from '../../domain/kinship'
import { setAnnualLimit } from '../binding/annual-limit'
import { loadOwnBinding, type Side } from '../binding/binding-access'
import {
  assertFamilyHasRoom,
  assertMemberHasRoom,
  assertNotDuplicate,
} from '../binding/binding-capacity'
import {
  activateBinding,
  assertActive,
  closeBinding,
  createBinding,
} from '../binding/binding-lifecycle'
import { assertMemberEligible } from '../binding/member-eligibility'
import { identifyMember } from '../binding/member-identity'
import { zeroBalanceWarning } from '../binding/payer-availability'
import { assertPayerEligible } from '../binding/payer-eligibility'
import { assertRegistryRelation, assertRelationOffered } from '../binding/relation-check'
import { confirmerOf } from '../binding/self-consent'
import { callerOf, type RequestContext } from '../context'
import { bad, fen, object, text } from '../input'
import { findFamily } from '../state/bindings'
import { consumeFaceToken } from '../state/face-tokens'
import { requirePerson } from '../state/persons'
import type { BindingRecord } from '../state/records'
import { bindingView } from '../views'
import { defineTransaction } from './transaction'

const bindingId = (raw: unknown) => ({ binding_id: text(object(raw), 'binding_id', 40) })

/**
 * F2: a pending binding is answered by whoever must confirm it (the member from 16, a parent
 * before); on a binding that no longer waits, either may learn its state.
 */
function loadForAnswer(ctx: RequestContext, id: string): { binding: BindingRecord; side: Side } {
  const loaded = loadOwnBinding(ctx, id, ['member', 'guardian'])
  const { binding, side } = loaded
  if (binding.state === 'pending' && side !== confirmerOf(ctx, binding)) {
    throw new DomainError('E_FORBIDDEN')
  }
  return loaded
}

export const bindingAdd = defineTransaction({
  infno: '5303',
  name: 'binding.add',
  who: 'session',
  mutates: true,
  summary:
    '添加成员：姓名、身份证号、与本人关系；父母绑定未满16岁子女立即生效，其他未满16岁成员待其父母确认，16岁及以上待本人确认',
  parse(raw) {
    const input = object(raw)
    return {
      psn_name: text(input, 'psn_name', 50),
      // A malformed number is E_ID_INVALID, judged by the rules, not a malformed request.
      certno: text(input, 'certno', 40),
      // Checked against the picker's list by the rules, after the 共济人's own checks.
      relation: text(input, 'relation', 20) as Relation,
    }
  },
  run(ctx, input) {
    const payer = requirePerson(ctx, callerOf(ctx))
    assertPayerEligible(payer)
    const family = findFamily(ctx, payer.certno)
    if (!family) throw new DomainError('E_NO_FAMILY')
    assertRelationOffered(input.relation)
    const member = identifyMember(ctx, payer.certno, input.psn_name, input.certno)
    assertRegistryRelation(ctx, payer.certno, member.certno, input.relation)
    assertMemberEligible(member)
    assertNotDuplicate(ctx, family, member.certno)
    assertFamilyHasRoom(ctx, family)
    assertMemberHasRoom(ctx, member.certno)
    const binding = createBinding(ctx, family, member.certno, input.relation)
    const output: BindingAddOutput = { binding: bindingView(ctx, binding) }
    const warning = zeroBalanceWarning(payer)
    if (warning !== undefined) output.warning = warning
    return output
  },
})

export const bindingConfirm = defineTransaction({
  infno: '5304',
  name: 'binding.confirm',
  who: 'session',
  mutates: true,
  summary:
    '确认绑定：成员本人（16岁及以上）或其父母（成员未满16岁）经人脸识别（face_token）同意待确认的绑定',
  secrets: ['face_token'],
  parse(raw) {
    return { ...bindingId(raw), face_token: text(object(raw), 'face_token', 128) }
  },
  run(ctx, input) {
    const { binding } = loadForAnswer(ctx, input.binding_id)
    consumeFaceToken(ctx, input.face_token, callerOf(ctx))
    assertTransition(binding.state, 'active')
    // S6 counts active bindings only, so other requests may have filled the member's list.
    assertMemberHasRoom(ctx, binding.member)
    activateBinding(ctx, binding)
    return { binding: bindingView(ctx, binding) }
  },
})

export const bindingDecline = defineTransaction({
  infno: '5305',
  name: 'binding.decline',
  who: 'session',
  mutates: true,
  summary: '拒绝绑定：成员本人或其父母（成员未满16岁）拒绝待确认的绑定申请',
  parse: bindingId,
  run(ctx, input) {
    const { binding, side } = loadForAnswer(ctx, input.binding_id)
    const reason = side === 'guardian' ? '成员的父母拒绝了绑定申请' : '成员拒绝了绑定申请'
    closeBinding(ctx, binding, 'declined', { by: 'member', reason })
    return { binding: bindingView(ctx, binding) }
  },
})

export const bindingEnd = defineTransaction({
  infno: '5306',
  name: 'binding.end',
  who: 'session',
  mutates: true,
  summary:
    '解除绑定：共济人移除成员，或成员（未满16岁时其父母）退出共济，立即生效，记录保留；对待确认的申请，共济人撤回申请',
  parse: bindingId,
  run(ctx, input) {
    const { binding, side } = loadOwnBinding(ctx, input.binding_id, ['payer', 'member', 'guardian'])
    if (side === 'payer' && binding.state === 'pending') {
      closeBinding(ctx, binding, 'withdrawn', { by: 'payer', reason: '共济人撤回了绑定申请' })
      return { binding: bindingView(ctx, binding) }
    }
    const reason = {
      payer: '共济人解除了共济关系',
      member: '成员退出了共济',
      guardian: '成员的父母为其退出了共济',
    }[side]
    closeBinding(ctx, binding, 'ended', { by: side === 'payer' ? 'payer' : 'member', reason })
    return { binding: bindingView(ctx, binding) }
  },
})

export const bindingSetLimit = defineTransaction({
  infno: '5307',
  name: 'binding.setLimit',
  who: 'session',
  mutates: true,
  summary: '设置限额：共济人为一个已绑定成员设置本年度共济限额（分），null 为不限额',
  parse(raw) {
    const input = object(raw)
    if (!('annual_limit' in input)) throw bad('annual_limit')
    const limit = input.annual_limit === null ? null : fen(input, 'annual_limit')
    return { ...bindingId(raw), annual_limit: limit }
  },
  run(ctx, input) {
    const { binding } = loadOwnBinding(ctx, input.binding_id, ['payer'])
    assertActive(binding)
    setAnnualLimit(ctx, binding, input.annual_limit)
    return { binding: bindingView(ctx, binding) }
  },
})
