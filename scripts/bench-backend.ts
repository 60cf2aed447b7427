/**
 * Backend benchmark: how settlement and record queries behave as one account's ledger grows.
 * For 1k, 10k and 100k ledger rows it reports the time of a 共济 settlement that debits the big
 * account, the bytes written to storage per settlement (must stay flat: only the newest ledger
 * page is rewritten), and the time of a 账户变动 page, a 消费记录 page and filtered 账户变动 and 消费记录 pages
 * (a kind, a date range, a member: served by the ledger index, so they read only the pages they
 * return) with their ratio to the unfiltered page (target ≤ 2×). Run: npm run bench
 */
import { performance } from 'node:perf_hooks'

import { type Backend, createBackend } from '../src/backend'
import { MemoryKeyValueStore } from '../src/backend/storage/key-value-store'
import type { AnswerEnvelope, Infno, InputOf, OutputOf } from '../src/domain/api'
import { CERT, DEMO_NOW } from '../test/support/public/demo'

const PAYER = CERT.张建国
const CHILD = CERT.张浩然
const SETTLEMENTS = 20
const PAGES = 20

export interface BackendBenchResult {
  rows: number
  generateMs: number
  settleMs: number
  bytesPerSettlement: number
  changesPageMs: number
  consumptionPageMs: number
  /** The first 账户变动 page without a filter, median of runs. */
  unfilteredPageMs: number
  /** The slowest of the filtered first pages (kind, date range, member; 5313 and 5314), median of runs. */
  filteredPageMs: number
}

class BenchClient {
  private counter = 0
  constructor(readonly backend: Backend) {}

  async call<K extends Infno>(infno: K, input: InputOf<K>, token?: string): Promise<OutputOf<K>> {
    this.counter += 1
    const answer = (await this.backend.handle({
      infno,
      msgid: `bench-${this.counter}`,
      inf_time: new Date(DEMO_NOW).toISOString(),
      opter_type: '3',
      token,
      input,
    })) as AnswerEnvelope<OutputOf<K>>
    if (answer.infcode !== 0) throw new Error(`${infno}: ${answer.err_code} ${answer.err_msg}`)
    return answer.output as OutputOf<K>
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

async function benchAt(rows: number): Promise<BackendBenchResult> {
  const backend = createBackend({ clock: () => DEMO_NOW, store: new MemoryKeyValueStore() })
  const client = new BenchClient(backend)
  const payer = (await client.call('9001', { certno: PAYER })).token
  await client.call('5302', { pledge: true }, payer)
  await client.call('5303', { psn_name: '张浩然', certno: CHILD, relation: '子女' }, payer)
  const generateMs = await timed(() => client.call('9104', { certno: PAYER, count: rows }))

  const settleTimes: number[] = []
  const bytesBefore = backend.stats.bytesWritten
  for (let i = 0; i < SETTLEMENTS; i += 1) {
    const input = {
      patient_certno: CHILD,
      credential_certno: CHILD,
      inst_type: '零售药店' as const,
      category: '药品' as const,
      amount: 1234,
    }
    settleTimes.push(await timed(() => client.call('2207', input)))
  }
  const bytesPerSettlement = Math.round((backend.stats.bytesWritten - bytesBefore) / SETTLEMENTS)

  const pageTimes: number[] = []
  let cursor: string | undefined
  for (let i = 0; i < PAGES; i += 1) {
    pageTimes.push(
      await timed(async () => {
        const page = await client.call('5313', { limit: 50, cursor }, payer)
        cursor = page.next_cursor ?? undefined
      }),
    )
  }
  const consumptionTimes: number[] = []
  for (let i = 0; i < 5; i += 1) {
    consumptionTimes.push(await timed(() => client.call('5314', { limit: 50 }, payer)))
  }
  const firstPage = (infno: '5313' | '5314', filter: object) => () =>
    client.call(infno, { limit: 50, ...filter }, payer)
  const unfilteredTimes: number[] = []
  for (let i = 0; i < 5; i += 1) unfilteredTimes.push(await timed(firstPage('5313', {})))
  let filteredPageMs = 0
  // 代缴 has no rows at all: without the index the query would read every ledger page. The
  // 消费记录 (5314) filters ask for 共济支出, rare among the generated 本人消费 rows.
  for (const [infno, filter] of [
    ['5313', { kinds: ['代缴'] }],
    ['5313', { kinds: ['共济支出'] }],
    ['5313', { from: '2026-11-20', to: '2026-11-21' }],
    ['5313', { member_certno: CHILD }],
    ['5314', { kinds: ['共济支出'] }],
    ['5314', { member_certno: CHILD }],
  ] as const) {
    const times: number[] = []
    for (let i = 0; i < 5; i += 1) times.push(await timed(firstPage(infno, filter)))
    filteredPageMs = Math.max(filteredPageMs, median(times))
  }
  const unfilteredPageMs = median(unfilteredTimes)
  return {
    rows,
    generateMs,
    settleMs: median(settleTimes),
    bytesPerSettlement,
    changesPageMs: median(pageTimes),
    consumptionPageMs: median(consumptionTimes),
    unfilteredPageMs,
    filteredPageMs,
  }
}

export async function runBackendBench(
  sizes: readonly number[] = [1000, 10000, 100000],
): Promise<BackendBenchResult[]> {
  const results: BackendBenchResult[] = []
  console.log('backend bench: one 310 account with N ledger rows, 共济 settlements debiting it')
  console.log(
    'rows      generate  settle   bytes/settlement  5313 page  5314 page  filtered/unfiltered',
  )
  for (const rows of sizes) {
    const r = await benchAt(rows)
    results.push(r)
    console.log(
      [
        String(r.rows).padEnd(9),
        `${r.generateMs.toFixed(0)} ms`.padEnd(9),
        `${r.settleMs.toFixed(2)} ms`.padEnd(8),
        `${r.bytesPerSettlement} B`.padEnd(17),
        `${r.changesPageMs.toFixed(2)} ms`.padEnd(10),
        `${r.consumptionPageMs.toFixed(2)} ms`.padEnd(10),
        `${r.filteredPageMs.toFixed(2)} / ${r.unfilteredPageMs.toFixed(2)} ms = ` +
          `${(r.filteredPageMs / r.unfilteredPageMs).toFixed(2)}×`,
      ].join(' '),
    )
  }
  return results
}

if (require.main === module) {
  runBackendBench().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
