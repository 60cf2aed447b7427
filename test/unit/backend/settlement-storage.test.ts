import { MemoryKeyValueStore } from '../../../src/backend/storage/key-value-store'
import { CERT, TestClient } from '../../support/backend-client'
import { balanceOf, bind, settle } from '../../support/scenes'

/** A device whose storage refuses writes to some keys, e.g. when the quota runs out half-way. */
class RefusingStore extends MemoryKeyValueStore {
  refuse: string | null = null

  set(key: string, value: string): void {
    if (this.refuse !== null && key.startsWith(this.refuse)) throw new Error('quota exceeded')
    super.set(key, value)
  }
}

describe('T2: a settlement is written all together or not at all', () => {
  it('leaves no entry, balance or binding use behind when storage fails mid-commit', async () => {
    const store = new RefusingStore()
    const client = new TestClient({ store })
    await bind(client, '张建国', '张浩然', '子女')
    const before = client.snapshot()
    store.refuse = 'setl:'
    const input = {
      patient_certno: CERT.张浩然,
      credential_certno: CERT.张浩然,
      inst_type: '零售药店' as const,
      category: '药品' as const,
      amount: 3000,
    }
    const failed = await client.raw('2207', input, { msgid: 'pos-9' })
    expect(failed.err_code).toBe('E_STORAGE_FULL')
    expect(client.snapshot()).toEqual(before)
    store.refuse = null
    const retried = await client.ok('2207', input, { msgid: 'pos-9' })
    expect(retried.lines[0].amount).toBe(3000)
  })
})

describe('bytes written per settlement do not grow with history', () => {
  async function bytesOfOneSettlement(client: TestClient): Promise<number> {
    const before = client.backend.stats.bytesWritten
    await settle(client, '张建国', 1000)
    return client.backend.stats.bytesWritten - before
  }

  it('rewrites only the newest ledger page, whatever the number of rows', async () => {
    const small = new TestClient()
    const fresh = await bytesOfOneSettlement(small)
    const large = new TestClient()
    // 10,000 more rows keep the newest page equally full, so the two writes are comparable.
    await large.ok('9104', { certno: CERT.张建国, count: 10000 })
    const afterHistory = await bytesOfOneSettlement(large)
    expect(afterHistory).toBeLessThan(fresh * 1.2)
    expect(afterHistory).toBeLessThan(40000)
    expect(await balanceOf(large, '张建国')).toBe((await balanceOf(small, '张建国')) ?? 0)
  })
})
