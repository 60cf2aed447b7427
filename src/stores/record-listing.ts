import { action, computed, makeObservable, observable, runInAction } from 'mobx'

import type { RecordsQueryInput } from '../domain/api'
import type { ApiError } from '../services/api-error'
import { toApiError } from './task'

export interface RecordPage<R> {
  rows: R[]
  next_cursor: string | null
}

export const RECORDS_PAGE_SIZE = 30

/**
 * The loaded rows of one listing (domain state), newest first as the backend sends them. A new
 * query starts a new generation: answers that arrive for an older query are dropped, so rows of
 * two filters never mix. Rows are appended once per id, and only one page is ever in flight.
 */
export class RecordListing<R extends { id: string }> {
  rows: R[] = []
  nextCursor: string | null = null
  /** The query the rows belong to; null before the first load. */
  queryKey: string | null = null
  loading = false
  loadingMore = false
  /** The first page failed: nothing to show but the message and a retry. */
  error: ApiError | null = null
  /** A later page failed: the rows stay, the footer offers a retry. */
  moreError: ApiError | null = null

  private query: RecordsQueryInput = {}
  private generation = 0
  private readonly seen = new Set<string>()

  constructor(
    private readonly fetchPage: (query: RecordsQueryInput) => Promise<RecordPage<R>>,
    private readonly pageSize = RECORDS_PAGE_SIZE,
  ) {
    makeObservable<RecordListing<R>, 'append' | 'startOver'>(this, {
      rows: observable.shallow,
      nextCursor: observable,
      queryKey: observable,
      loading: observable,
      loadingMore: observable,
      error: observable.ref,
      moreError: observable.ref,
      done: computed,
      empty: computed,
      append: action,
      startOver: action,
    })
  }

  get done(): boolean {
    return this.queryKey !== null && !this.loading && this.nextCursor === null
  }

  get empty(): boolean {
    return this.done && this.rows.length === 0 && this.error === null
  }

  /** Forgets every row (another person logged in); an answer still on its way is dropped. */
  clear(): void {
    this.startOver(null)
  }

  /** Starts over with `query`; whatever was loading for the previous query is ignored. */
  async reload(query: RecordsQueryInput): Promise<void> {
    const generation = this.startOver(query)
    try {
      const page = await this.fetchPage({ ...query, limit: this.pageSize })
      if (generation !== this.generation) return
      this.append(page)
    } catch (error) {
      if (generation !== this.generation) return
      runInAction(() => {
        this.loading = false
        this.error = toApiError(error)
      })
    }
  }

  /** The next page, if there is one and none is on its way. */
  async loadMore(): Promise<void> {
    if (this.loading || this.loadingMore || this.nextCursor === null) return
    const generation = this.generation
    const cursor = this.nextCursor
    runInAction(() => {
      this.loadingMore = true
      this.moreError = null
    })
    try {
      const page = await this.fetchPage({ ...this.query, cursor, limit: this.pageSize })
      if (generation !== this.generation) return
      this.append(page)
    } catch (error) {
      if (generation !== this.generation) return
      runInAction(() => {
        this.loadingMore = false
        this.moreError = toApiError(error)
      })
    }
  }

  /** A new generation for `query` (null: none), with no rows yet; returns its number. */
  private startOver(query: RecordsQueryInput | null): number {
    this.generation += 1
    this.query = query ?? {}
    this.queryKey = query === null ? null : JSON.stringify(query)
    this.rows = []
    this.seen.clear()
    this.nextCursor = null
    this.loading = query !== null
    this.loadingMore = false
    this.error = null
    this.moreError = null
    return this.generation
  }

  private append(page: RecordPage<R>): void {
    const fresh = page.rows.filter((row) => !this.seen.has(row.id))
    fresh.forEach((row) => this.seen.add(row.id))
    if (fresh.length > 0) this.rows = this.rows.concat(fresh)
    this.nextCursor = page.next_cursor
    this.loading = false
    this.loadingMore = false
  }
}
