import type { OutputOf } from '../domain/api'
import type { ApiClient } from './api-client'

/** 消息 (5330, 5331). */
export class InboxService {
  constructor(private readonly api: ApiClient) {}

  list(cursor?: string): Promise<OutputOf<'5330'>> {
    return this.api.call('5330', cursor === undefined ? { limit: 20 } : { cursor, limit: 20 })
  }

  markRead(ids: string[]): Promise<OutputOf<'5331'>> {
    return this.api.call('5331', { ids })
  }

  markAllRead(): Promise<OutputOf<'5331'>> {
    return this.api.call('5331', { all: true })
  }
}
