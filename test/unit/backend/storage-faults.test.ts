import { DurableStore } from '../../../src/backend/storage/durable-store'
import { isJournalKey } from '../../../src/backend/storage/journal'
import {
  type KeyValueStore,
  MemoryKeyValueStore,
} from '../../../src/backend/storage/key-value-store'
import type { AnswerEnvelope } from '../../../src/domain/api'
import {
  dump,
  type FailureShape,
  type FaultPlan,
  FaultyStore,
  storeWithShape,
  usedBytes,
} from '../../support/faulty-store'
import { type Values, WORKLOAD, WorkloadRun } from '../../support/storage-workload'

/**
 * Every write of a reference run (seed + a workload over many transactions) is made to fail in
 * turn: the process dies there, or the write fails and the process goes on, or the storage is
 * full. Each step starts from the reference state before it, so one step at a time is enough:
 * once a state equals the reference byte for byte, everything after it is the reference too.
 */
type Dump = Record<string, string>

interface StepRef {
  before: Dump
  after: Dump
  values: Values
  answer: AnswerEnvelope
  writes: number
  peakBytes: number
}

let seeded: Dump
let seedWrites: number
const steps: StepRef[] = []

class PeakStore extends FaultyStore {
  peak = 0
  set(key: string, value: string): void {
    super.set(key, value)
    this.peak = Math.max(this.peak, usedBytes(this.inner))
  }
}

beforeAll(async () => {
  const inner = new MemoryKeyValueStore()
  const probe = new PeakStore(inner)
  const run = new WorkloadRun()
  const backend = run.open(probe)
  seeded = dump(inner)
  seedWrites = probe.writes
  for (let i = 0; i < WORKLOAD.length; i += 1) {
    const before = dump(inner)
    const values = { ...run.values }
    const writes = probe.writes
    probe.peak = usedBytes(inner)
    const answer = await run.step(backend, i)
    steps.push({
      before,
      after: dump(inner),
      values,
      answer,
      writes: probe.writes - writes,
      peakBytes: probe.peak,
    })
  }
})

function load(state: Dump): MemoryKeyValueStore {
  const kv = new MemoryKeyValueStore()
  Object.entries(state).forEach(([key, value]) => kv.set(key, value))
  return kv
}

function same(a: Dump, b: Dump): boolean {
  const clean = (d: Dump) => Object.entries(d).filter(([key]) => !isJournalKey(key))
  return JSON.stringify(clean(a)) === JSON.stringify(clean(b))
}

/** What a relaunch right now would find: a copy of the store, opened by a fresh backend. */
function afterRelaunch(kv: KeyValueStore): Dump {
  const copy = load(dump(kv))
  new WorkloadRun().open(copy)
  return dump(copy)
}

/** Step `index` from its reference state, over a store with the given faults. */
async function stepWithFaults(index: number, plan: FaultPlan, shape: FailureShape = 'throws') {
  const inner = load(steps[index].before)
  const faulty = new FaultyStore(inner, plan)
  const run = new WorkloadRun({ ...steps[index].values })
  const backend = run.open(storeWithShape(faulty, shape))
  const answer = await run.step(backend, index)
  return { inner, faulty, run, backend, answer }
}

/** A failed write must leave the request without effect; the client's retry then succeeds. */
async function failAndRetry(
  index: number,
  plan: FaultPlan,
  freeSpace: boolean,
  shape: FailureShape,
) {
  const ref = steps[index]
  const { inner, faulty, run, backend, answer: first } = await stepWithFaults(index, plan, shape)
  const problems: string[] = []
  let answer = first
  for (let retry = 0; retry < 5 && answer.err_code === 'E_STORAGE_FULL'; retry += 1) {
    // 9105 rebuilds everything; cut short, it is finished by the next start instead.
    const allowed = WORKLOAD[index].infno === '9105' ? [ref.before, ref.after] : [ref.before]
    if (!allowed.some((state) => same(state, afterRelaunch(inner)))) problems.push('half-applied')
    if (freeSpace) faulty.plan = {}
    answer = await run.step(backend, index)
  }
  if (!sameAnswer(index, answer, ref.answer)) {
    problems.push(`answered ${answer.err_code ?? 'differently'}`)
  }
  // A business rejection is remembered under its msgid when storage allows; when not, it is
  // still the same rejection, and still without effect.
  const settled = afterRelaunch(inner)
  const unremembered = ref.answer.infcode === -1 && same(settled, ref.before)
  if (!same(settled, ref.after) && !unremembered) problems.push('state differs after the retry')
  if (answer.infcode === 0 && inner.get('__journal__') !== null) problems.push('journal left')
  return { problems, rejected: first.err_code === 'E_STORAGE_FULL' }
}

/** A reset is not idempotent: a retried one answers at the clock it reset to. */
function sameAnswer(index: number, a: AnswerEnvelope, b: AnswerEnvelope): boolean {
  const strip = (x: AnswerEnvelope) =>
    WORKLOAD[index].infno === '9105' ? { ...x, respond_time: '' } : x
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b))
}

/**
 * Which writes of a step to fail: all of them, except for the reset, where every write after
 * the first finds the same situation (meta gone) and each try re-seeds, which is slow.
 */
function faultPoints(index: number): number[] {
  const count = steps[index].writes
  if (WORKLOAD[index].infno !== '9105') return Array.from({ length: count }, (_, i) => i)
  return [0, 1, 2, Math.floor(count / 2), count - 1]
}

function label(index: number): string {
  return `step ${index} (${WORKLOAD[index].infno})`
}

describe('the in-app store under faults (relaunch = a new backend over the same storage)', () => {
  it('the reference run makes multi-key commits through many transactions', () => {
    expect(steps.filter((s) => s.answer.infcode === 0).length).toBeGreaterThan(8)
    expect(Math.max(...steps.map((s) => s.writes))).toBeGreaterThan(8)
  })

  it('a crash at any write of the first seed is finished by the next start', () => {
    // Every write after the first finds the same situation (no meta yet); a few suffice.
    const points = [0, 1, 2, Math.floor(seedWrites / 2), seedWrites - 2, seedWrites - 1]
    for (const crashAt of points) {
      const inner = new MemoryKeyValueStore()
      const faulty = new FaultyStore(inner, { crashAt })
      new WorkloadRun().open(faulty)
      expect(faulty.dead).toBe(true)
      new WorkloadRun().open(inner)
      expect(dump(inner)).toEqual(seeded)
    }
  })

  it('a crash at any write of any request leaves the state before or after it, never between', async () => {
    const problems: string[] = []
    for (let index = 0; index < steps.length; index += 1) {
      for (const crashAt of faultPoints(index)) {
        const { inner, faulty, run } = await stepWithFaults(index, { crashAt })
        const ref = steps[index]
        const where = `${label(index)} crash at write ${crashAt}`
        if (!faulty.dead) problems.push(`${where}: did not reach the write`)
        const relaunched = run.open(inner)
        const found = dump(inner)
        if (![ref.before, ref.after].some((s) => JSON.stringify(s) === JSON.stringify(found))) {
          problems.push(`${where}: half-applied after relaunch`)
        }
        // The client never got an answer, so it sends the same envelope again.
        const answer = await run.step(relaunched, index)
        if (!sameAnswer(index, answer, ref.answer)) {
          problems.push(`${where}: the retry answered ${answer.err_code ?? 'differently'}`)
        }
        if (JSON.stringify(dump(inner)) !== JSON.stringify(ref.after)) {
          problems.push(`${where}: state differs after the retry`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})

// Alipay reports a failed or over-quota write by returning { success: false }; the platform
// adapter (CheckedKeyValueStore) must fail the unit of work exactly as a thrown error does.
describe.each(['throws', 'alipay'] as const)('a failing write that %s', (shape) => {
  it('a failed write is undone at once, or (undo failing too) before anything is read', async () => {
    const problems: string[] = []
    for (let index = 0; index < steps.length; index += 1) {
      for (const failCount of [1, 3]) {
        for (const failAt of faultPoints(index)) {
          const { problems: found } = await failAndRetry(index, { failAt, failCount }, false, shape)
          problems.push(...found.map((p) => `${label(index)} writes ${failAt}+${failCount}: ${p}`))
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('a full storage rejects a request whole with E_STORAGE_FULL; once space is freed it works', async () => {
    const problems: string[] = []
    let rejected = 0
    for (let index = 0; index < steps.length; index += 1) {
      const used = usedBytes(load(steps[index].before))
      const span = steps[index].peakBytes - used + 200
      const tries = WORKLOAD[index].infno === '9105' ? 4 : 15
      for (let quota = used - 100; quota <= used + span; quota += Math.ceil(span / tries)) {
        const outcome = await failAndRetry(index, { quotaBytes: quota }, true, shape)
        if (outcome.rejected) rejected += 1
        const found = outcome.problems
        problems.push(...found.map((p) => `${label(index)} quota ${quota}: ${p}`))
      }
    }
    expect(problems).toEqual([])
    expect(rejected).toBeGreaterThan(steps.length)
  })
})

describe('the journal of a large commit', () => {
  const big = (tag: string) => JSON.stringify(tag.repeat(25_000))
  const names = ['a', 'b', 'c', 'd', 'e']
  const setUp = () => {
    const inner = new MemoryKeyValueStore()
    new DurableStore(inner).commit(new Map(names.map((k) => [k, big(k)])))
    return inner
  }
  const change = new Map<string, string | null>(names.map((k) => [k, big('z')]))
  change.set('a', null)
  change.set('new', JSON.stringify('n'))

  it('spans several keys, and a crash at any of its writes is all or nothing', () => {
    const probe = new FaultyStore(setUp())
    new DurableStore(probe).commit(change)
    expect(probe.inner.keys().filter(isJournalKey)).toEqual([])
    expect(probe.writes).toBeGreaterThan(names.length + 6)

    for (let crashAt = 0; crashAt < probe.writes; crashAt += 1) {
      const inner = setUp()
      const before = dump(inner)
      try {
        new DurableStore(new FaultyStore(inner, { crashAt })).commit(change)
      } catch {
        // The process died here; what counts is what the next start finds.
      }
      const reopened = new DurableStore(inner)
      if (reopened.read('new') === null) expect(dump(inner)).toEqual(before)
      else {
        expect(reopened.read('a')).toBeNull()
        names.slice(1).forEach((k) => expect(reopened.read(k)).toBe(big('z')))
      }
      expect(inner.keys().filter(isJournalKey)).toEqual([])
    }
  })
})
