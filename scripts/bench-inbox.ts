/**
 * Inbox benchmark (N2): one person with 1k, 10k and 100k messages. Reports the time of the first
 * 消息 page (5330), of a page deep in the inbox (by cursor), of "全部已读" (5331 all), and the bytes
 * written to storage per new message (must stay flat: only the newest inbox page is rewritten).
 * Run: npx tsx scripts/bench-inbox.ts
 */
import { performance } from 'node:perf_hooks'

import { type Backend, createBackend } from '../src/backend'
import type { RequestContext } from '../src/backend/context'
import { defaultRandomBytes } from '../src/backend/random'
import { tell } from '../src/backend/state/inbox'
import { DurableStore } from '../src/backend/storage/durable-store'
import { type KeyValueStore, MemoryKeyValueStore } from '../src/backend/storage/key-value-store'
import { UnitOfWork } from '../src/backend/unit-of-work'
import type { AnswerEnvelope, Infno, InputOf, OutputOf } from '../src/domain/api'
import { resolvePolicy } from '../src/domain/policy'

const DEMO_NOW = Date.parse('2026-11-23T14:05:00+08:00')
const OWNER = '410105196803120315'
const NEW_MESSAGES = 20
const PAGES = 20

export interface InboxBenchResult {
  messages: number
  firstPageMs: number
  deepPageMs: number
  readAllMs: number
  bytesPerMessage: number
}

async function call<K extends Infno>(
  backend: Backend,
  infno: K,
  input: InputOf<K>,
  msgid: string,
  token?: string,
): Promise<OutputOf<K>> {
  const answer = (await backend.handle({
    infno,
    msgid,
    inf_time: new Date(DEMO_NOW).toISOString(),
    opter_type: '3',
    token,
    input,
  })) as AnswerEnvelope<OutputOf<K>>
  if (answer.infcode !== 0) throw new Error(`${infno}: ${answer.err_code} ${answer.err_msg}`)
  return answer.output as OutputOf<K>
}

function context(store: DurableStore): RequestContext {
  return {
    uow: new UnitOfWork(store),
    now: DEMO_NOW,
    hostNow: DEMO_NOW,
    policy: resolvePolicy(),
    randomBytes: defaultRandomBytes,
    msgid: 'bench',
  }
}

/** Writes `count` messages (one unit of work per `batch`), as that many events would. */
function fill(kv: KeyValueStore, count: number, batch = 5000): void {
  const store = new DurableStore(kv)
  for (let done = 0; done < count; done += batch) {
    const ctx = context(store)
    for (let i = done; i < Math.min(count, done + batch); i += 1) {
      tell(ctx, OWNER, {
        kind: 'settlement_paid',
        title: `您的账户为张浩然支付了¥${(i % 500) + 1}.00`,
        body: '张浩然在张仲景大药房（零售药店）结算，由您的个人账户共济支付。',
        link: { target: 'record', id: `S${String(i + 1).padStart(8, '0')}` },
      })
    }
    store.commit(ctx.uow.changes())
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

async function benchAt(messages: number): Promise<InboxBenchResult> {
  const kv = new MemoryKeyValueStore()
  createBackend({ clock: () => DEMO_NOW, store: kv })
  fill(kv, messages)
  const backend = createBackend({ clock: () => DEMO_NOW, store: kv })
  let n = 0
  const msgid = () => `bench-${(n += 1)}`
  const token = (await call(backend, '9001', { certno: OWNER }, msgid())).token

  const firstTimes: number[] = []
  for (let i = 0; i < 5; i += 1) {
    firstTimes.push(await timed(() => call(backend, '5330', { limit: 20 }, msgid(), token)))
  }
  const deepTimes: number[] = []
  const deep = `m${Math.floor(messages / 2)}`
  for (let i = 0; i < PAGES; i += 1) {
    deepTimes.push(
      await timed(() => call(backend, '5330', { limit: 20, cursor: deep }, msgid(), token)),
    )
  }
  const readAllMs = await timed(() => call(backend, '5331', { all: true }, msgid(), token))

  const store = new DurableStore(kv)
  const before = store.stats.bytesWritten
  for (let i = 0; i < NEW_MESSAGES; i += 1) {
    const ctx = context(store)
    tell(ctx, OWNER, {
      kind: 'transfer_arrived',
      title: '张建国向您的医保钱包转账¥500.00',
      body: '请在次日06:00前确认收款，未确认的转账将自动退回对方账户。',
      link: { target: 'transfer', id: `T${String(i + 1).padStart(8, '0')}` },
    })
    store.commit(ctx.uow.changes())
  }
  return {
    messages,
    firstPageMs: median(firstTimes),
    deepPageMs: median(deepTimes),
    readAllMs,
    bytesPerMessage: Math.round((store.stats.bytesWritten - before) / NEW_MESSAGES),
  }
}

export async function runInboxBench(
  sizes: readonly number[] = [1000, 10000, 100000],
): Promise<InboxBenchResult[]> {
  const results: InboxBenchResult[] = []
  console.log('inbox bench: one person with N messages (5330 newest first, 5331 全部已读)')
  console.log('messages  5330 first  5330 deep  5331 all  bytes/message')
  for (const messages of sizes) {
    const r = await benchAt(messages)
    results.push(r)
    console.log(
      [
        String(r.messages).padEnd(9),
        `${r.firstPageMs.toFixed(2)} ms`.padEnd(11),
        `${r.deepPageMs.toFixed(2)} ms`.padEnd(10),
        `${r.readAllMs.toFixed(2)} ms`.padEnd(9),
        `${r.bytesPerMessage} B`,
      ].join(' '),
    )
  }
  return results
}

if (require.main === module) {
  runInboxBench().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
