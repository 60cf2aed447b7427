import fc from 'fast-check'

import { RETENTION_DAYS } from '../../../src/backend/state/idempotency'
import { MemoryKeyValueStore } from '../../../src/backend/storage/key-value-store'
import type { AnswerEnvelope, SettlementView } from '../../../src/domain/api'
import type { Relation } from '../../../src/domain/kinship'
import { CERT, type PersonaName, TestClient } from '../../support/backend-client'
import { FUZZ_BUDGET_MS } from '../../support/budgets'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Random sequences of bindings (confirmed by the member, by a parent for a child under 16, or
 * left pending and withdrawn), settlements (suspended patients included), refunds, limit and
 * status changes, msgid repeats and the turn of the year, all through real envelopes. After every
 * step the ledger must hold:
 * money is conserved, no balance is negative, no limit is exceeded, the deduction order is
 * respected, refunds go back where the money came from, and a repeated msgid moves nothing.
 */
const ACCOUNTS: PersonaName[] = ['张建国', '李秀兰', '张伟']
const PATIENTS: PersonaName[] = ['张浩然', '张雨桐', '张伟', '张建国', '李秀兰']
const PAIRS: [PersonaName, PersonaName, Relation][] = [
  ['张建国', '张浩然', '子女'],
  ['李秀兰', '张浩然', '子女'],
  ['张伟', '张浩然', '兄弟姐妹'],
  ['张建国', '张伟', '子女'],
  ['李秀兰', '张伟', '子女'],
  ['张建国', '李秀兰', '配偶'],
  ['李秀兰', '张建国', '配偶'],
  ['张建国', '张雨桐', '子女'],
  ['张伟', '张雨桐', '兄弟姐妹'],
  // F2: a brother binding a child under 16 waits for one of the child's parents.
  ['张雨桐', '张浩然', '兄弟姐妹'],
]

/** F2: the parents who may confirm for 张浩然 (12). */
const PARENTS_OF_CHILD: PersonaName[] = ['张建国', '李秀兰']

type Op =
  | { op: 'bind'; pair: number; confirm?: boolean; parent?: number }
  | { op: 'end'; pair: number }
  | { op: 'limit'; pair: number; room: number | null }
  | { op: 'status'; who: number; suspended: boolean }
  | { op: 'settle'; patient: number; amount: number }
  | { op: 'refund'; pick: number; share: number; over: boolean }
  | { op: 'repeat' }
  | { op: 'days'; days: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('bind' as const),
      pair: fc.nat(PAIRS.length - 1),
      // Now and then a request is left pending, so that 'end' withdraws it (F5).
      confirm: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
      parent: fc.nat(1),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ op: fc.constant('end' as const), pair: fc.nat(PAIRS.length - 1) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('limit' as const),
      pair: fc.nat(PAIRS.length - 1),
      room: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60000 }))),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('status' as const),
      who: fc.nat(PATIENTS.length - 1),
      suspended: fc.boolean(),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('settle' as const),
      // Mostly the children, who pay through 共济人 only.
      patient: fc.constantFrom(0, 0, 0, 1, 1, 2, 3, 4),
      amount: fc.oneof(
        fc.integer({ min: 1, max: 50000 }),
        fc.integer({ min: 100000, max: 900000 }),
      ),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('refund' as const),
      pick: fc.nat(),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      over: fc.boolean(),
    }),
    weight: 3,
  },
  { arbitrary: fc.constant({ op: 'repeat' as const }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('days' as const), days: fc.nat(60) }), weight: 1 },
)

interface World {
  client: TestClient
  start: Record<string, number>
  bindings: Map<number, string>
  settlements: string[]
  last?: {
    infno: '2207' | '2208'
    input: unknown
    msgid: string
    answer: AnswerEnvelope
    at: number
  }
}

async function balances(client: TestClient): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const name of ACCOUNTS) out[name] = (await client.ok('1101', {}, { as: name })).balc ?? 0
  return out
}

/** The rule book's O2, written out again independently of the backend. */
async function expectedSplit(w: World, patient: PersonaName, amount: number) {
  const { client } = w
  const info = await client.ok('1101', {}, { as: patient })
  const money = await balances(client)
  let left = amount
  // U4: a suspended 职工's own account still pays their own costs.
  const own = info.balc !== null ? Math.min(left, Math.max(0, info.balc)) : 0
  left -= own
  const lines: number[] = []
  for (const entry of (await client.ok('5308', {}, { as: patient })).payers) {
    const b = entry.binding
    const payer = await client.ok('1101', {}, { as: b.payer.psn_name as PersonaName })
    const room = b.annual_limit === null ? Infinity : b.annual_limit - b.used_this_year
    const able = info.psn_insu_stas === '1' && payer.psn_insu_stas === '1'
    const pay = able ? Math.max(0, Math.min(left, money[b.payer.psn_name], room)) : 0
    lines.push(pay)
    left -= pay
  }
  return { own, lines, cash: left }
}

async function step(w: World, op: Op): Promise<void> {
  const { client } = w
  if (op.op === 'bind') {
    const [payer, member, relation] = PAIRS[op.pair]
    // Binding steps may be refused (suspended, duplicate, full): the ledger must hold anyway.
    if (!(await client.ok('5301', {}, { as: payer })).family) {
      await client.raw('5302', { pledge: true }, { as: payer })
    }
    const added = await client.raw(
      '5303',
      { psn_name: member, certno: CERT[member], relation },
      { as: payer },
    )
    if (added.output === undefined) return
    const binding = added.output.binding
    w.bindings.set(op.pair, binding.binding_id)
    if (binding.state === 'pending' && op.confirm !== false) {
      const confirmer = binding.confirmer === 'guardian' ? PARENTS_OF_CHILD[op.parent ?? 0] : member
      const { face_token } = await client.ok('9101', {}, { as: confirmer })
      const confirmed = await client.raw(
        '5304',
        { binding_id: binding.binding_id, face_token },
        { as: confirmer },
      )
      // Only S6 (the member's list is full) may still refuse a confirmation by the right person.
      if (confirmed.err_code !== undefined) expect(confirmed.err_code).toBe('E_MEMBER_HAS_PAYER')
    }
  } else if (op.op === 'end' || op.op === 'limit') {
    const id = w.bindings.get(op.pair)
    if (id === undefined) return
    const payer = PAIRS[op.pair][0]
    if (op.op === 'end') {
      const ended = await client.raw('5306', { binding_id: id }, { as: payer })
      const member = PAIRS[op.pair][1]
      if (ended.output?.binding.state === 'withdrawn') {
        // F5: a withdrawn request no longer waits for anyone.
        const waiting = await client.ok('5308', {}, { as: member })
        expect(waiting.pending.map((b) => b.binding_id)).not.toContain(id)
      }
    } else {
      const family = await client.ok('5301', {}, { as: payer })
      const used = family.family?.bindings.find((b) => b.binding_id === id)?.used_this_year ?? 0
      const limit = op.room === null ? null : used + op.room
      await client.raw('5307', { binding_id: id, annual_limit: limit }, { as: payer })
    }
  } else if (op.op === 'status') {
    const status = op.suspended ? '2' : '1'
    await client.ok('9102', { certno: CERT[PATIENTS[op.who]], psn_insu_stas: status })
  } else if (op.op === 'settle') {
    const patient = PATIENTS[op.patient]
    const expected = await expectedSplit(w, patient, op.amount)
    const before = await balances(client)
    const input = {
      patient_certno: CERT[patient],
      credential_certno: CERT[patient],
      inst_type: '零售药店' as const,
      category: '药品' as const,
      amount: op.amount,
    }
    const msgid = client.nextMsgid()
    const answer = await client.raw('2207', input, { msgid })
    expect(answer.err_code).toBeUndefined()
    const view = answer.output as SettlementView
    expect({
      own: view.acct_pay,
      lines: view.lines.map((l) => l.amount),
      cash: view.psn_cash_pay,
    }).toEqual(expected)
    const after = await balances(client)
    const delta = { ...before }
    delta[patient] -= view.acct_pay
    view.lines.forEach((l) => (delta[l.payer.psn_name] -= l.amount))
    expect(after).toEqual(pickAccounts(delta))
    w.settlements.push(view.setl_id)
    w.last = { infno: '2207', input, msgid, answer, at: client.now }
  } else if (op.op === 'refund') {
    if (w.settlements.length === 0) return
    const setlId = w.settlements[op.pick % w.settlements.length]
    const [view] = await settlementsOf(w, [setlId])
    const amount = op.over
      ? view.refundable + 1
      : Math.max(1, Math.round(view.refundable * op.share))
    const before = await balances(client)
    const snapshot = client.snapshot()
    const msgid = client.nextMsgid()
    const input = { setl_id: setlId, amount }
    const answer = await client.raw('2208', input, { msgid })
    if (amount > view.refundable) {
      expect(answer.err_code).toBe('E_REFUND_EXCEEDS')
      expect(client.snapshot()).toEqual(snapshot)
      return
    }
    const returned = { ...before }
    let left = amount
    const take = (paid: number, refunded: number) => {
      const back = Math.min(left, paid - refunded)
      left -= back
      return back
    }
    take(view.psn_cash_pay, view.cash_refunded)
    for (const line of [...view.lines].reverse()) {
      returned[line.payer.psn_name] += take(line.amount, line.refunded)
    }
    returned[view.patient.psn_name] += take(view.acct_pay, view.acct_refunded)
    expect(await balances(client)).toEqual(pickAccounts(returned))
    w.last = { infno: '2208', input, msgid, answer, at: client.now }
  } else if (op.op === 'repeat') {
    // A2 holds within the retention window; later the msgid is forgotten (idempotency.ts).
    if (!w.last || client.now - w.last.at >= (RETENTION_DAYS - 1) * DAY_MS) return
    const snapshot = client.snapshot()
    const again = await client.raw(w.last.infno, w.last.input, { msgid: w.last.msgid })
    expect(again).toEqual(w.last.answer)
    expect(client.snapshot()).toEqual(snapshot)
  } else {
    client.now += op.days * DAY_MS
  }
}

function pickAccounts(all: Record<string, number>): Record<string, number> {
  return Object.fromEntries(ACCOUNTS.map((name) => [name, all[name]]))
}

/** Seeded history plus at most 25 steps stay within the overview's latest 50 settlements. */
async function settlementsOf(w: World, ids: string[]): Promise<SettlementView[]> {
  const overview = (await w.client.ok('9107', {})).settlements
  return ids.map((id) => {
    const found = overview.find((s) => s.setl_id === id)
    if (!found) throw new Error(`settlement ${id} not in the overview`)
    return found
  })
}

async function checkInvariants(w: World): Promise<void> {
  const { client } = w
  const views = await settlementsOf(w, w.settlements)
  let fromAccounts = 0
  let settledNet = 0
  const usedNow = new Map<string, number>()
  const year = new Date(client.now + 8 * 3600 * 1000).getUTCFullYear()
  for (const v of views) {
    expect(v.acct_pay + v.acct_mulaid_pay + v.psn_cash_pay).toBe(v.amount)
    expect(v.acct_mulaid_pay).toBe(v.lines.reduce((s, l) => s + l.amount, 0))
    expect(v.acct_refunded).toBeLessThanOrEqual(v.acct_pay)
    expect(v.cash_refunded).toBeLessThanOrEqual(v.psn_cash_pay)
    const lineNet = v.lines.reduce((s, l) => s + l.amount - l.refunded, 0)
    v.lines.forEach((l) => {
      expect(l.refunded).toBeLessThanOrEqual(l.amount)
      if (v.time.startsWith(String(year))) {
        usedNow.set(l.binding_id, (usedNow.get(l.binding_id) ?? 0) + l.amount - l.refunded)
      }
    })
    expect(v.refunded).toBe(
      v.acct_refunded + v.cash_refunded + v.lines.reduce((s, l) => s + l.refunded, 0),
    )
    fromAccounts += v.acct_pay - v.acct_refunded + lineNet
    settledNet += v.amount - v.refunded
    expect(v.acct_pay - v.acct_refunded + lineNet + v.psn_cash_pay - v.cash_refunded).toBe(
      v.amount - v.refunded,
    )
  }
  const now = await balances(client)
  expect(Object.values(now).every((b) => b >= 0)).toBe(true)
  const spent = ACCOUNTS.reduce((s, name) => s + w.start[name] - now[name], 0)
  expect(spent).toBe(fromAccounts)
  expect(settledNet).toBeLessThanOrEqual(views.reduce((s, v) => s + v.amount, 0))
  for (const payer of ACCOUNTS) {
    for (const b of (await client.ok('5301', {}, { as: payer })).family?.bindings ?? []) {
      if (b.annual_limit !== null) expect(b.used_this_year).toBeLessThanOrEqual(b.annual_limit)
      expect(b.used_this_year).toBe(usedNow.get(b.binding_id) ?? 0)
    }
  }
}

describe('ledger properties over random histories', () => {
  const template = new MemoryKeyValueStore()
  new TestClient({ store: template })

  function fresh(): TestClient {
    const store = new MemoryKeyValueStore()
    template.keys().forEach((key) => store.set(key, template.get(key) ?? ''))
    return new TestClient({ store })
  }

  it(
    'conserves money, respects order and limits, refunds to the right accounts',
    async () => {
      let runs = 0
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.nat(PAIRS.length - 1), { maxLength: PAIRS.length }),
          fc.array(opArb, { minLength: 1, maxLength: 25, size: 'max' }),
          async (initial, ops) => {
            runs += 1
            const client = fresh()
            const w: World = {
              client,
              start: await balances(client),
              bindings: new Map(),
              settlements: [],
            }
            for (const pair of initial) await step(w, { op: 'bind', pair })
            for (const op of ops) {
              await step(w, op)
              await checkInvariants(w)
            }
          },
        ),
        { numRuns: 100 },
      )
      console.log(`ledger properties: ${runs} runs`)
    },
    FUZZ_BUDGET_MS,
  )
})
