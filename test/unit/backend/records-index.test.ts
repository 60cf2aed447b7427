import { keys } from '../../../src/backend/state/keys'
import type { PersonRecord } from '../../../src/backend/state/records'
import { seal, unseal } from '../../../src/backend/storage/integrity'
import {
  type KeyValueStore,
  MemoryKeyValueStore,
} from '../../../src/backend/storage/key-value-store'
import type { LedgerRowView } from '../../../src/domain/api'
import { allPages, CERT, TestClient } from '../../support/backend-client'
import { bind, settle } from '../../support/scenes'

/** Counts what a request reads from the store. */
class CountingStore extends MemoryKeyValueStore {
  reads: string[] = []
  get(key: string): string | null {
    this.reads.push(key)
    return super.get(key)
  }
}

const FILTERS = [
  { kinds: ['代缴'] },
  { kinds: ['共济支出', '退费'] },
  { kinds: ['划入'], from: '2026-06-01', to: '2026-09-30' },
  { from: '2026-11-01' },
  { from: '2026-06-15', to: '2026-09-10' },
  { from: '2026-11-20', to: '2026-11-21' },
  { from: '2026-02-28', to: '2026-03-01' },
  { to: '2026-03-31' },
  { member_certno: CERT.张浩然 },
  { member_certno: CERT.张伟, kinds: ['共济支出'] },
]

async function busyFamily(store: KeyValueStore) {
  const client = new TestClient({ store })
  await bind(client, '张建国', '张浩然', '子女')
  await bind(client, '张建国', '张伟', '子女')
  for (let i = 0; i < 6; i += 1) {
    await settle(client, '张伟', 1000 + i)
    await settle(client, '张浩然', 500 + i)
  }
  await client.ok('9104', { count: 600, certno: CERT.张建国 })
  return client
}

async function pages(client: TestClient, filter: object, limit: number) {
  return allPages((cursor) => client.ok('5313', { ...filter, cursor, limit }, { as: '张建国' }))
}

/** The same ledger without its index, as one stored before the index existed. */
function withoutIndex(store: KeyValueStore): KeyValueStore {
  const copy = new MemoryKeyValueStore()
  for (const key of store.keys()) {
    if (key.startsWith('lix:')) continue
    let value = store.get(key) ?? ''
    if (key.startsWith('psn:')) {
      const person = JSON.parse(unseal(value) ?? '{}') as PersonRecord
      delete person.ledgerIndex
      value = seal(JSON.stringify(person))
    }
    copy.set(key, value)
  }
  return copy
}

describe('5313 filters served by the ledger index', () => {
  it.each(FILTERS)('answers %j exactly as the full scan does, page by page', async (filter) => {
    const store = new MemoryKeyValueStore()
    const client = await busyFamily(store)
    const scanning = new TestClient({ store: withoutIndex(store) })
    scanning.now = client.now
    for (const limit of [1, 7, 50]) {
      const indexed: LedgerRowView[] = await pages(client, filter, limit)
      expect(indexed).toEqual(await pages(scanning, filter, limit))
    }
  })

  it('reads only the ledger pages of the rows it returns', async () => {
    const store = new CountingStore()
    const client = await busyFamily(store)
    await client.ok('5313', { kinds: ['代缴'] }, { as: '张建国' })
    const payer = JSON.parse(
      unseal(store.get(keys.person(CERT.张建国)) ?? '') ?? '{}',
    ) as PersonRecord
    expect(payer.ledgerCount).toBeGreaterThan(600)
    const relaunched = new TestClient({ store })
    relaunched.now = client.now
    store.reads = []
    const credits = await relaunched.ok('5313', { kinds: ['共济支出'], limit: 5 }, { as: '张建国' })
    expect(credits.rows).toHaveLength(5)
    const ledgerReads = store.reads.filter((key) => key.startsWith('led:'))
    expect(ledgerReads.length).toBeLessThanOrEqual(2)
  })
})

const CONSUMPTION_FILTERS = [
  {},
  { kinds: ['共济支出'] },
  { kinds: ['本人消费'], from: '2026-06-01', to: '2026-09-30' },
  { from: '2026-11-20', to: '2026-11-21' },
  { member_certno: CERT.张浩然 },
  { member_certno: CERT.张伟, kinds: ['共济支出'] },
]

async function consumptionPages(client: TestClient, filter: object, limit: number) {
  return allPages((cursor) => client.ok('5314', { ...filter, cursor, limit }, { as: '张建国' }))
}

describe('5314 consumption pages served by the ledger index', () => {
  it.each(CONSUMPTION_FILTERS)('answers %j exactly as the full scan does', async (filter) => {
    const store = new MemoryKeyValueStore()
    const client = await busyFamily(store)
    const scanning = new TestClient({ store: withoutIndex(store) })
    scanning.now = client.now
    for (const limit of [1, 7, 50]) {
      const indexed = await consumptionPages(client, filter, limit)
      expect(indexed).toEqual(await consumptionPages(scanning, filter, limit))
    }
  })

  it('reads only the ledger pages of the rows it returns', async () => {
    const store = new CountingStore()
    const client = await busyFamily(store)
    const relaunched = new TestClient({ store })
    relaunched.now = client.now
    store.reads = []
    const paid = await relaunched.ok('5314', { kinds: ['共济支出'], limit: 5 }, { as: '张建国' })
    expect(paid.rows).toHaveLength(5)
    expect(paid.rows.every((row: { kind: string }) => row.kind === '共济支出')).toBe(true)
    const ledgerReads = store.reads.filter((key) => key.startsWith('led:'))
    expect(ledgerReads.length).toBeLessThanOrEqual(2)
  })
})
