import type { MessageKind, MessageLink } from '../../domain/api'
import type { RequestContext } from '../context'
import { keys } from './keys'
import { requirePerson } from './persons'
import type { InboxRecord, MessageRecord, PersonRecord } from './records'

/** Messages per stored page: writing one rewrites only the newest page, like the ledger. */
export const INBOX_PAGE_SIZE = 50

export function inboxPageOf(seq: number): number {
  return Math.floor((seq - 1) / INBOX_PAGE_SIZE)
}

export function inboxOf(ctx: RequestContext, person: PersonRecord): InboxRecord {
  return ctx.uow.get<InboxRecord>(keys.inbox(person.psnNo)) ?? { count: 0, unread: 0, readUpTo: 0 }
}

export function saveInbox(ctx: RequestContext, person: PersonRecord, inbox: InboxRecord): void {
  ctx.uow.put(keys.inbox(person.psnNo), inbox)
}

export function readInboxPage(
  ctx: RequestContext,
  person: PersonRecord,
  page: number,
): MessageRecord[] {
  return ctx.uow.get<MessageRecord[]>(keys.inboxPage(person.psnNo, page)) ?? []
}

export function saveInboxPage(
  ctx: RequestContext,
  person: PersonRecord,
  page: number,
  messages: MessageRecord[],
): void {
  ctx.uow.put(keys.inboxPage(person.psnNo, page), messages)
}

export interface NewMessage {
  kind: MessageKind
  title: string
  body: string
  link?: MessageLink
  /** When it happened, if not now (a transfer returned at 06:00 noticed later). */
  time?: number
}

/** N1: writes one message in the request's unit of work, so it exists exactly if the change does. */
export function tell(ctx: RequestContext, certno: string, message: NewMessage): void {
  const person = requirePerson(ctx, certno)
  const inbox = inboxOf(ctx, person)
  const seq = inbox.count + 1
  const page = inboxPageOf(seq)
  const messages = readInboxPage(ctx, person, page)
  const record: MessageRecord = {
    seq,
    time: message.time ?? ctx.now,
    kind: message.kind,
    title: message.title,
    body: message.body,
    read: false,
  }
  if (message.link) record.link = message.link
  messages.push(record)
  saveInboxPage(ctx, person, page, messages)
  saveInbox(ctx, person, { ...inbox, count: seq, unread: inbox.unread + 1 })
}

export function isRead(inbox: InboxRecord, message: MessageRecord): boolean {
  return message.read || message.seq <= inbox.readUpTo
}
