import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

import { createBackend } from '../../../src/backend'
import { MemoryKeyValueStore } from '../../../src/backend/storage/key-value-store'
import { DEMO_NOW } from '../../support/backend-client'

setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

const REQUESTS = 100_000
/** What 100k anonymous requests may leave on the heap: caches are bounded, nothing is stored. */
const BUDGET_BYTES = 3 * 1024 * 1024

function heapAfterGc(): number {
  collect()
  collect()
  return process.memoryUsage().heapUsed
}

describe('anonymous traffic leaves the heap flat', () => {
  it(`${REQUESTS} anonymous requests with fresh msgids and forged tokens`, async () => {
    const store = new MemoryKeyValueStore()
    const backend = createBackend({ clock: () => DEMO_NOW, store, qa: false })
    const request = (i: number) => ({
      infno: i % 2 === 0 ? '9101' : '1101',
      msgid: `anon-${i}`,
      inf_time: '2026-11-23T14:05:00+08:00',
      opter_type: '3',
      token: i % 3 === 0 ? undefined : `forged-${i}`,
      input: {},
    })
    // Warm-up fills the bounded caches and JIT state; only growth after it counts.
    for (let i = 0; i < 10_000; i += 1) await backend.handle(request(i))
    const keysBefore = store.keys().length
    const before = heapAfterGc()
    for (let i = 10_000; i < 10_000 + REQUESTS; i += 1) {
      const answer = await backend.handle(request(i))
      if (answer.err_code !== 'E_NOT_LOGGED_IN') throw new Error(`answered ${answer.err_code}`)
    }
    const growth = heapAfterGc() - before
    expect(store.keys().length).toBe(keysBefore)
    expect(growth).toBeLessThan(BUDGET_BYTES)
  }, 120_000)
})
