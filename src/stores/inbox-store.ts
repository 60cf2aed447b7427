import { makeAutoObservable, runInAction } from 'mobx'

import type { MessageLink, MessageView } from '../domain/api'
import type { InboxService } from '../services/inbox-service'
import { Task } from './task'

/** 消息 (N2): newest first, paged; opening one marks it read, "全部已读" marks all. */
export class InboxStore {
  messages: MessageView[] = []
  unread = 0
  nextCursor: string | null = null
  loaded = false

  readonly loadTask = new Task((cursor?: string) => this.service.list(cursor))
  readonly readTask = new Task((ids: string[]) => this.service.markRead(ids))
  readonly readAllTask = new Task(() => this.service.markAllRead())

  constructor(private readonly service: InboxService) {
    makeAutoObservable<InboxStore, 'service'>(this, {
      service: false,
      loadTask: false,
      readTask: false,
      readAllTask: false,
    })
  }

  /** The first page again (and with it the unread count for 我的 and the tab bar). */
  async load(): Promise<void> {
    const page = await this.loadTask.run()
    if (!page) return
    runInAction(() => {
      this.messages = page.messages
      this.unread = page.unread
      this.nextCursor = page.next_cursor
      this.loaded = true
    })
  }

  async loadMore(): Promise<void> {
    if (this.nextCursor === null || this.loadTask.pending) return
    const page = await this.loadTask.run(this.nextCursor)
    if (!page) return
    runInAction(() => {
      const known = new Set(this.messages.map((m) => m.id))
      this.messages.push(...page.messages.filter((m) => !known.has(m.id)))
      this.unread = page.unread
      this.nextCursor = page.next_cursor
    })
  }

  /** Marks one message read (5331) and says what it is about, for the page to open. */
  async open(id: string): Promise<MessageLink | undefined> {
    const message = this.messages.find((m) => m.id === id)
    if (!message) return undefined
    if (!message.read) {
      const answer = await this.readTask.run([id])
      if (answer) {
        runInAction(() => {
          message.read = true
          this.unread = answer.unread
        })
      }
    }
    return message.link
  }

  async readAll(): Promise<void> {
    const answer = await this.readAllTask.run()
    if (!answer) return
    runInAction(() => {
      this.messages.forEach((m) => {
        m.read = true
      })
      this.unread = answer.unread
    })
  }

  /** Another person logged in: nothing of the last one's messages may show. */
  clear(): void {
    this.messages = []
    this.unread = 0
    this.nextCursor = null
    this.loaded = false
  }
}
