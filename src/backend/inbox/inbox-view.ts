import type { InboxPage, MessageView } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import {
  inboxOf,
  inboxPageOf,
  isRead,
  readInboxPage,
  saveInbox,
  saveInboxPage,
} from '../state/inbox'
import type { InboxRecord, MessageRecord, PersonRecord } from '../state/records'
import { iso } from '../views'

/** Message ids name the inbox's owner by internal number and the message's place: P0009-M12. */
export function messageId(person: PersonRecord, seq: number): string {
  return `${person.psnNo}-M${seq}`
}

const MESSAGE_ID = /^([A-Za-z0-9]{1,20})-M([1-9]\d{0,9})$/

/** The seq of one of the owner's own messages; anything else is E_NOT_FOUND (A1). */
function ownSeq(person: PersonRecord, inbox: InboxRecord, id: string): number {
  const match = MESSAGE_ID.exec(id)
  const seq = match ? Number(match[2]) : 0
  if (!match || match[1] !== person.psnNo || seq > inbox.count) {
    throw new DomainError('E_NOT_FOUND')
  }
  return seq
}

function messageView(person: PersonRecord, inbox: InboxRecord, m: MessageRecord): MessageView {
  const view: MessageView = {
    id: messageId(person, m.seq),
    time: iso(m.time),
    kind: m.kind,
    title: m.title,
    body: m.body,
    read: isRead(inbox, m),
  }
  if (m.link) view.link = m.link
  return view
}

/** 5330 (N2): newest first, one stored page at a time; listing marks nothing read. */
export function inboxPage(
  ctx: RequestContext,
  person: PersonRecord,
  cursor: string | undefined,
  limit: number,
): InboxPage {
  const inbox = inboxOf(ctx, person)
  let seq = cursor === undefined ? inbox.count : readCursor(cursor, inbox.count)
  const messages: MessageView[] = []
  while (seq >= 1 && messages.length < limit) {
    const page = readInboxPage(ctx, person, inboxPageOf(seq))
    for (let i = page.length - 1; i >= 0 && messages.length < limit; i -= 1) {
      if (page[i].seq > seq) continue
      messages.push(messageView(person, inbox, page[i]))
      seq = page[i].seq - 1
    }
  }
  return { messages, unread: inbox.unread, next_cursor: seq >= 1 ? `m${seq}` : null }
}

function readCursor(cursor: string, count: number): number {
  const match = /^m(\d{1,10})$/.exec(cursor)
  if (!match || Number(match[1]) > count) {
    throw new DomainError('E_BAD_REQUEST', { 字段: 'cursor' })
  }
  return Number(match[1])
}

/** 5331 (N2): opening a message marks it read; "全部已读" marks all without rewriting pages. */
export function markRead(
  ctx: RequestContext,
  person: PersonRecord,
  request: { ids?: string[]; all?: boolean },
): number {
  const inbox = inboxOf(ctx, person)
  if (request.all) {
    if (inbox.unread > 0 || inbox.readUpTo < inbox.count) {
      saveInbox(ctx, person, { ...inbox, unread: 0, readUpTo: inbox.count })
    }
    return 0
  }
  const seqs = (request.ids ?? []).map((id) => ownSeq(person, inbox, id))
  let unread = inbox.unread
  for (const seq of seqs) {
    const pageNo = inboxPageOf(seq)
    const page = readInboxPage(ctx, person, pageNo)
    const message = page.find((m) => m.seq === seq)
    if (!message || isRead(inbox, message)) continue
    message.read = true
    unread -= 1
    saveInboxPage(ctx, person, pageNo, page)
  }
  if (unread !== inbox.unread) saveInbox(ctx, person, { ...inbox, unread })
  return unread
}
