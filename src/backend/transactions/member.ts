import { DomainError } from '../../domain/errors'
import { maskIdNumber, normalizeIdNumber } from '../../domain/id-number'
import { sideOf } from '../binding/binding-access'
import { mayOrder, reorder } from '../binding/deduction-order'
import { memberPayersView } from '../binding/payers-view'
import { callerOf } from '../context'
import { bad, none, object, optionalText, textList } from '../input'
import { findBinding } from '../state/bindings'
import { defineTransaction } from './transaction'

export const memberPayers = defineTransaction({
  infno: '5308',
  name: 'member.payers',
  who: 'session',
  mutates: false,
  summary:
    '可使用的共济账户：本人账户、按扣款顺序的共济人、待我确认的申请（含为未满16岁子女确认的），及可代为排序的未满16岁子女',
  parse: none,
  run(ctx) {
    return memberPayersView(ctx, callerOf(ctx))
  },
})

export const memberSetOrder = defineTransaction({
  infno: '5309',
  name: 'member.setOrder',
  who: 'session',
  mutates: true,
  summary: '调整扣款顺序：成员本人（16岁及以上）或其父母（成员未满16岁）重排已绑定的共济人',
  parse(raw) {
    const input = object(raw)
    const ids = textList(input, 'binding_ids')
    if (ids.length === 0) throw bad('binding_ids')
    return { member_certno: optionalText(input, 'member_certno', 40), binding_ids: ids }
  },
  run(ctx, input) {
    const caller = callerOf(ctx)
    // A1: a binding that does not exist and one the caller is no party to answer the same.
    const bindings = input.binding_ids.map((id) => {
      const binding = findBinding(ctx, id)
      if (!binding || sideOf(ctx, binding, caller) === null) throw new DomainError('E_NOT_FOUND')
      return binding
    })
    const member = bindings[0].member
    if (bindings.some((binding) => binding.member !== member)) throw bad('binding_ids')
    if (!mayOrder(ctx, caller, member)) throw new DomainError('E_FORBIDDEN')
    // The client only ever sees masked ID numbers of others, so either form names the member.
    const named = input.member_certno
    if (named !== undefined && ![member, maskIdNumber(member)].includes(normalizeIdNumber(named))) {
      throw bad('member_certno')
    }
    reorder(ctx, member, input.binding_ids)
    return memberPayersView(ctx, caller)
  },
})
