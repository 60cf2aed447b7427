import type { LedgerRowView } from '../../../src/domain/api'
import { allPages, CERT, TestClient } from '../../support/backend-client'
import { bind, settle } from '../../support/scenes'

describe('5313 records.changes: cursor paging', () => {
  it('pages through 10,000 generated rows: each row exactly once, newest first', async () => {
    const client = new TestClient()
    const seeded = await allPages((cursor) =>
      client.ok('5313', { limit: 50, cursor }, { as: '张建国' }),
    )
    await client.ok('9104', { certno: CERT.张建国, count: 10000 })
    const rows = await allPages<LedgerRowView>((cursor) =>
      client.ok('5313', { limit: 50, cursor }, { as: '张建国' }),
    )
    expect(rows).toHaveLength(10000 + seeded.length)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    const times = rows.map((r) => Date.parse(r.time))
    expect(times.every((t, i) => i === 0 || t <= times[i - 1])).toBe(true)
    expect(rows[0].time).toBe('2026-11-23T14:05:00+08:00')
    expect(rows.slice(-seeded.length)).toEqual(seeded)
    expect(rows.every((r) => r.balc_after >= 0)).toBe(true)
  })

  it('is stable under concurrent inserts: a new row never shifts a page', async () => {
    const client = new TestClient()
    const first = await client.ok('5313', { limit: 5 }, { as: '张建国' })
    const expected = await client.ok(
      '5313',
      { limit: 5, cursor: first.next_cursor ?? '' },
      { as: '张建国' },
    )
    const paid = await settle(client, '张建国', 1234)
    const second = await client.ok(
      '5313',
      { limit: 5, cursor: first.next_cursor ?? '' },
      { as: '张建国' },
    )
    expect(second).toEqual(expected)
    const fresh = await client.ok('5313', { limit: 5 }, { as: '张建国' })
    expect(fresh.rows[0]).toMatchObject({ setl_id: paid.setl_id, amount: -1234 })
    expect(fresh.rows[1]).toEqual(first.rows[0])
  })

  it('defaults to 20 rows, allows up to 50 and refuses more', async () => {
    const client = new TestClient()
    expect((await client.ok('5313', {}, { as: '张建国' })).rows).toHaveLength(20)
    expect((await client.ok('5313', { limit: 50 }, { as: '张建国' })).rows.length).toBeLessThan(51)
    const answer = await client.raw('5313', { limit: 51 }, { as: '张建国' })
    expect(answer.err_code).toBe('E_BAD_REQUEST')
    expect(answer.err_msg).toContain('limit')
    for (const limit of [0, 2.5, '20']) {
      expect(await client.fail('5313', { limit }, { as: '张建国' })).toBe('E_BAD_REQUEST')
    }
  })

  it('refuses a cursor it did not hand out', async () => {
    const client = new TestClient()
    for (const cursor of ['abc', 'L-1', 'L1S1', '']) {
      expect(await client.fail('5313', { cursor }, { as: '张建国' })).toBe('E_BAD_REQUEST')
    }
    expect(await client.fail('5314', { cursor: 'L5' }, { as: '张建国' })).toBe('E_BAD_REQUEST')
  })

  it('gives a 390 person without an account an empty page', async () => {
    const client = new TestClient()
    expect(await client.ok('5313', {}, { as: '张浩然' })).toEqual({ rows: [], next_cursor: null })
    expect(await client.fail('5313', {})).toBe('E_NOT_LOGGED_IN')
  })
})

describe('5314 records.consumption: paging across own and family spending', () => {
  it('lists every purchase exactly once, newest first, across pages', async () => {
    const client = new TestClient()
    await bind(client, '张建国', '张浩然', '子女')
    await bind(client, '张建国', '张伟', '子女')
    // 张伟 empties his own account first, so 张建国 pays his later purchases.
    await settle(client, '张伟', 120000)
    const made: string[] = []
    for (let i = 0; i < 7; i += 1) {
      client.now += 60 * 1000
      made.push((await settle(client, '张浩然', 100 + i)).setl_id)
      client.now += 60 * 1000
      made.push((await settle(client, '张建国', 200 + i)).setl_id)
      client.now += 60 * 1000
      made.push((await settle(client, '张伟', 300 + i)).setl_id)
    }
    const rows = await allPages((cursor) =>
      client.ok('5314', { limit: 4, cursor }, { as: '张建国' }),
    )
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    const recent = rows.slice(0, 21).map((r) => r.setl_id)
    expect(recent).toEqual([...made].reverse())
    expect(rows.slice(0, 21).map((r) => r.kind)).toEqual(
      Array.from({ length: 7 }, () => ['共济支出', '本人消费', '共济支出']).flat(),
    )
    const child = await allPages((cursor) =>
      client.ok('5314', { limit: 3, cursor }, { as: '张浩然' }),
    )
    expect(child.map((r) => r.total)).toEqual([106, 105, 104, 103, 102, 101, 100])
  })

  it('orders settlements of one instant by the order they happened', async () => {
    const client = new TestClient()
    await bind(client, '张建国', '张伟', '子女')
    const own = await settle(client, '张伟', 1000)
    const emptied = await settle(client, '张伟', 200000)
    const family = await settle(client, '张伟', 500)
    const rows = (await client.ok('5314', { limit: 3 }, { as: '张伟' })).rows
    expect(rows.map((r) => r.setl_id)).toEqual([family.setl_id, emptied.setl_id, own.setl_id])
    expect(rows[0]).toMatchObject({ from_account: 0, paid_by: [{ amount: 500 }] })
  })
})
