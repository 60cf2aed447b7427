import { loadBindings } from '../binding/binding-lifecycle'
import { callerOf, type RequestContext } from '../context'
import { tellIfExpiringSoon } from '../inbox/binding-notices'
import { inboxPage, markRead } from '../inbox/inbox-view'
import { bad, integer, object, optionalBool, optionalText, textList } from '../input'
import { memberRecord } from '../state/bindings'
import { requirePerson } from '../state/persons'
import { defineTransaction } from './transaction'

const MAX_PAGE = 50

/**
 * N1: pending requests waiting for the caller expire, or are about to, whether or not anyone
 * looked; reading the inbox brings those messages up to date first.
 */
function refreshPendingNotices(ctx: RequestContext, certno: string): void {
  loadBindings(ctx, memberRecord(ctx, certno).bindingIds).forEach((binding) =>
    tellIfExpiringSoon(ctx, binding),
  )
}

export const inboxList = defineTransaction({
  infno: '5330',
  name: 'inbox.list',
  who: 'session',
  mutates: false,
  summary: '消息：本人的消息，最新在前，按 cursor 分页（limit ≤ 50），附未读数；列出不算已读',
  parse(raw) {
    const input = object(raw)
    const cursor = optionalText(input, 'cursor', 20)
    const limit = input.limit === undefined ? 20 : integer(input, 'limit', 1, MAX_PAGE)
    return { ...(cursor === undefined ? {} : { cursor }), limit }
  },
  run(ctx, input) {
    const person = requirePerson(ctx, callerOf(ctx))
    refreshPendingNotices(ctx, person.certno)
    return inboxPage(ctx, person, input.cursor, input.limit ?? 20)
  },
})

export const inboxRead = defineTransaction({
  infno: '5331',
  name: 'inbox.read',
  who: 'session',
  mutates: true,
  summary: '标记已读：打开的消息（ids）或全部已读（all: true），返回未读数',
  parse(raw) {
    const input = object(raw)
    const all = optionalBool(input, 'all')
    if (all === true) return { all }
    if (input.ids === undefined) throw bad('ids')
    return { ids: textList(input, 'ids', MAX_PAGE) }
  },
  run(ctx, input) {
    return { unread: markRead(ctx, requirePerson(ctx, callerOf(ctx)), input) }
  },
})
