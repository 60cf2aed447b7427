import type { RecordsQueryInput } from '../../../src/domain/api'
import { ApiError } from '../../../src/services/api-error'
import { monthsBefore, RecordFilters } from '../../../src/stores/record-filters'
import { RecordListing, type RecordPage } from '../../../src/stores/record-listing'

interface Row {
  id: string
}

/** A fake page source: each call waits until the test answers it. */
function pages() {
  const calls: {
    query: RecordsQueryInput
    answer: (page: RecordPage<Row>) => void
    fail: (e: unknown) => void
  }[] = []
  const fetch = (query: RecordsQueryInput) =>
    new Promise<RecordPage<Row>>((resolve, reject) => {
      calls.push({ query, answer: resolve, fail: reject })
    })
  return { calls, fetch }
}

const rows = (...ids: string[]) => ids.map((id) => ({ id }))

describe('RecordListing', () => {
  it('appends pages in order and never the same row twice', async () => {
    const source = pages()
    const listing = new RecordListing<Row>(source.fetch, 3)
    const first = listing.reload({ kinds: ['划入'] })
    expect(listing.loading).toBe(true)
    source.calls[0].answer({ rows: rows('a', 'b', 'c'), next_cursor: 'c1' })
    await first
    expect(source.calls[0].query).toEqual({ kinds: ['划入'], limit: 3 })
    const more = listing.loadMore()
    source.calls[1].answer({ rows: rows('c', 'd'), next_cursor: null })
    await more
    expect(source.calls[1].query).toEqual({ kinds: ['划入'], cursor: 'c1', limit: 3 })
    expect(listing.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(listing.done).toBe(true)
    await listing.loadMore()
    expect(source.calls).toHaveLength(2)
  })

  it('has one page in flight at most', async () => {
    const source = pages()
    const listing = new RecordListing<Row>(source.fetch, 3)
    const first = listing.reload({})
    void listing.loadMore()
    source.calls[0].answer({ rows: rows('a'), next_cursor: 'x' })
    await first
    const more = listing.loadMore()
    void listing.loadMore()
    void listing.loadMore()
    expect(source.calls).toHaveLength(2)
    source.calls[1].answer({ rows: rows('b'), next_cursor: 'y' })
    await more
    expect(listing.loadingMore).toBe(false)
  })

  it('drops answers that arrive for an older query', async () => {
    const source = pages()
    const listing = new RecordListing<Row>(source.fetch, 3)
    const old = listing.reload({ kinds: ['划入'] })
    const current = listing.reload({ kinds: ['退费'] })
    source.calls[1].answer({ rows: rows('new'), next_cursor: null })
    source.calls[0].answer({ rows: rows('old'), next_cursor: 'z' })
    await Promise.all([old, current])
    expect(listing.rows.map((r) => r.id)).toEqual(['new'])
    expect(listing.queryKey).toBe(JSON.stringify({ kinds: ['退费'] }))
  })

  it('keeps the rows when a later page fails, and tells empty from failed', async () => {
    const source = pages()
    const listing = new RecordListing<Row>(source.fetch, 3)
    const first = listing.reload({})
    source.calls[0].answer({ rows: rows('a'), next_cursor: 'x' })
    await first
    const more = listing.loadMore()
    source.calls[1].fail(new ApiError('E_SERVER'))
    await more
    expect(listing.moreError?.code).toBe('E_SERVER')
    expect(listing.rows).toHaveLength(1)
    expect(listing.empty).toBe(false)
    const again = listing.reload({})
    source.calls[2].answer({ rows: [], next_cursor: null })
    await again
    expect(listing.empty).toBe(true)
    listing.clear()
    expect(listing.queryKey).toBeNull()
    expect(listing.empty).toBe(false)
  })
})

describe('RecordFilters', () => {
  const now = Date.parse('2026-03-31T10:00:00+08:00')

  it('counts presets back in calendar months, clamping the day', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28')
    expect(monthsBefore('2026-01-15', 3)).toBe('2025-10-15')
    expect(monthsBefore('2024-03-30', 1)).toBe('2024-02-29')
    const filters = new RecordFilters(() => now)
    filters.setPreset('1y')
    expect(filters.query('changes')).toEqual({ from: '2025-03-31', to: '2026-03-31' })
  })

  it('keeps a picked range the right way round, and kinds per tab', () => {
    const filters = new RecordFilters(() => now)
    filters.setDate('from', '2026-02-10')
    filters.setDate('to', '2026-01-05')
    expect(filters.query('changes')).toEqual({ from: '2026-01-05', to: '2026-02-10' })
    filters.setKind('consumption', '共济支出')
    filters.setBinding('B7')
    expect(filters.query('changes')).toEqual({
      from: '2026-01-05',
      to: '2026-02-10',
      binding_id: 'B7',
    })
    expect(filters.query('consumption').kinds).toEqual(['共济支出'])
    filters.reset()
    expect(filters.query('consumption')).toEqual({})
  })
})
