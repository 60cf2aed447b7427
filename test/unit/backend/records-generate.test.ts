import { MemoryKeyValueStore } from '../../../src/backend/storage/key-value-store'
import { allPages, CERT, TestClient } from '../../support/backend-client'
import { dump, usedBytes } from '../../support/faulty-store'
import { balanceOf } from '../../support/scenes'

describe('9104 qa.generateRecords', () => {
  it('appends N rows ending now, alternating 划入 and 本人消费, never below zero', async () => {
    const client = new TestClient()
    const before = (await client.ok('5313', { limit: 1 }, { as: '张伟' })).rows[0]
    const balance = (await balanceOf(client, '张伟')) ?? 0
    const result = await client.ok('9104', { certno: CERT.张伟, count: 301 })
    expect(result.added).toBe(301)
    const rows = await allPages((cursor) =>
      client.ok('5313', { limit: 50, cursor, from: '2026-11-01' }, { as: '张伟' }),
    )
    const generated = rows.slice(0, 301).reverse()
    expect(generated[300].time).toBe('2026-11-23T14:05:00+08:00')
    expect(Date.parse(generated[0].time)).toBeGreaterThanOrEqual(Date.parse(before.time))
    expect(generated.map((r) => r.kind)).toEqual(
      Array.from({ length: 301 }, (_, i) => (i % 2 === 0 ? '划入' : '本人消费')),
    )
    const times = generated.map((r) => Date.parse(r.time))
    expect(times.every((t, i) => i === 0 || t > times[i - 1])).toBe(true)
    expect(generated.every((r) => r.balc_after >= balance)).toBe(true)
    expect(result.balc).toBe(generated[300].balc_after)
    expect(await balanceOf(client, '张伟')).toBe(result.balc)
  })

  it('refuses accounts that do not exist or are not 310, and counts outside 1–100000', async () => {
    const client = new TestClient()
    const before = client.snapshot()
    expect(await client.fail('9104', { certno: CERT.张浩然, count: 10 })).toBe('E_BAD_REQUEST')
    expect(await client.fail('9104', { certno: CERT.陈静, count: 10 })).toBe('E_BAD_REQUEST')
    expect(await client.fail('9104', { certno: '410105198001010011', count: 10 })).toBe(
      'E_NOT_FOUND',
    )
    for (const count of [0, 100001, 1.5]) {
      expect(await client.fail('9104', { certno: CERT.张建国, count })).toBe('E_BAD_REQUEST')
    }
    expect(client.snapshot()).toEqual(before)
    const production = new TestClient({ qa: false })
    expect(await production.fail('9104', { certno: CERT.张建国, count: 10 })).toBe('E_FORBIDDEN')
  })
})

/** A device storage that reports its free space, as getStorageInfoSync does on WeChat and Alipay. */
class ReportingStore extends MemoryKeyValueStore {
  refusedWrites = 0

  constructor(private readonly limitBytes: number) {
    super()
  }

  set(key: string, value: string): void {
    if (usedBytes(this) + key.length + value.length > this.limitBytes) {
      this.refusedWrites += 1
      throw new Error('storage quota exceeded')
    }
    super.set(key, value)
  }

  freeBytes(): number {
    return this.limitBytes - usedBytes(this)
  }
}

describe('9104 on a device with little storage left', () => {
  it('refuses more rows than the reported free space holds, before writing anything', async () => {
    const store = new ReportingStore(2 * 1024 * 1024)
    const client = new TestClient({ store })
    const balance = await balanceOf(client, '张建国')
    const before = dump(store)

    expect(await client.fail('9104', { certno: CERT.张建国, count: 100000 })).toBe('E_STORAGE_FULL')
    expect(store.refusedWrites).toBe(0)
    expect(dump(store)).toEqual(before)

    const fits = await client.ok('9104', { certno: CERT.张建国, count: 2000 })
    expect(fits.added).toBe(2000)
    expect(store.refusedWrites).toBe(0)
    expect(await balanceOf(client, '张建国')).toBe(balance)
  })
})
