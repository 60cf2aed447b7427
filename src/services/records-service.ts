import type { OutputOf, RecordsQueryInput } from '../domain/api'
import type { ApiClient } from './api-client'

/** 共济查询 (5313–5315). */
export class RecordsService {
  constructor(private readonly api: ApiClient) {}

  changes(query: RecordsQueryInput): Promise<OutputOf<'5313'>> {
    return this.api.call('5313', query)
  }

  consumption(query: RecordsQueryInput): Promise<OutputOf<'5314'>> {
    return this.api.call('5314', query)
  }

  detail(id: string): Promise<OutputOf<'5315'>> {
    return this.api.call('5315', { id })
  }
}
