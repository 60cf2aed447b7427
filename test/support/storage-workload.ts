import { hash as sha256 } from '@stablelib/sha256'

import { type Backend, createBackend } from '../../src/backend'
import type { KeyValueStore } from '../../src/backend/storage/key-value-store'
import type { AnswerEnvelope } from '../../src/domain/api'
import { CERT, DEMO_NOW } from './backend-client'

/**
 * A fixed run of state-changing requests over many transactions (whichever of them the table
 * holds: an unknown infno is a deterministic answer too), with randomness tied to the msgid, so
 * a run that is interrupted and retried can be compared byte for byte with one that was not.
 */
interface Step {
  infno: string
  as?: 'payer' | 'spouse' | 'daughter'
  input: (v: Values) => unknown
  /** Remembers a value of the answer (a token, an id) for later steps. */
  keep?: (output: Record<string, unknown>, v: Values) => void
}

export type Values = Record<string, string>

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const bindingId = (output: Record<string, unknown>) =>
  text((output.binding as { binding_id?: unknown } | undefined)?.binding_id)

export const WORKLOAD: readonly Step[] = [
  {
    infno: '9001',
    input: () => ({ certno: CERT.张建国 }),
    keep: (o, v) => (v.payer = text(o.token)),
  },
  {
    infno: '9001',
    input: () => ({ certno: CERT.李秀兰 }),
    keep: (o, v) => (v.spouse = text(o.token)),
  },
  {
    infno: '9001',
    input: () => ({ certno: CERT.张雨萱 }),
    keep: (o, v) => (v.daughter = text(o.token)),
  },
  { infno: '9103', input: () => ({ time: '2026-11-23T15:00:00+08:00' }) },
  { infno: '5302', as: 'payer', input: () => ({ pledge: true }) },
  {
    infno: '5303',
    as: 'payer',
    input: () => ({ psn_name: '李秀兰', certno: CERT.李秀兰, relation: '配偶' }),
    keep: (o, v) => (v.spouseBinding = bindingId(o)),
  },
  {
    infno: '5303',
    as: 'payer',
    input: () => ({ psn_name: '张雨萱', certno: CERT.张雨萱, relation: '子女' }),
    keep: (o, v) => (v.daughterBinding = bindingId(o)),
  },
  {
    infno: '9101',
    as: 'daughter',
    input: () => ({}),
    keep: (o, v) => (v.face = text(o.face_token)),
  },
  {
    infno: '5304',
    as: 'daughter',
    input: (v) => ({ binding_id: v.daughterBinding, face_token: v.face }),
  },
  {
    infno: '5307',
    as: 'payer',
    input: (v) => ({ binding_id: v.spouseBinding, annual_limit: 200000 }),
  },
  {
    infno: '2207',
    input: () => ({
      patient_certno: CERT.李秀兰,
      inst_type: '零售药店',
      category: '药品',
      amount: 12345,
      credential_certno: CERT.李秀兰,
    }),
    keep: (o, v) => (v.setl = text(o.setl_id)),
  },
  { infno: '2208', input: (v) => ({ setl_id: v.setl, amount: 1000 }) },
  { infno: '5312', as: 'payer', input: () => ({ old_pin: '000000', new_pin: '135792' }) },
  {
    infno: '5311',
    as: 'payer',
    input: (v) => ({ binding_id: v.daughterBinding, year: 2027, amount: 40000, pin: '135792' }),
  },
  {
    infno: '5311',
    as: 'payer',
    input: (v) => ({ binding_id: v.daughterBinding, year: 2027, amount: 40000, pin: '111111' }),
  },
  { infno: '9002', as: 'spouse', input: () => ({}) },
  { infno: '9105', input: () => ({}) },
  { infno: '1101', as: 'payer', input: () => ({}) },
]

/** Random bytes that depend only on the request being served and the draw within it. */
export class MsgidRandom {
  private label = 'seed'
  private draw = 0

  use(label: string): void {
    this.label = label
    this.draw = 0
  }

  readonly randomBytes = (length: number): Uint8Array => {
    const out = new Uint8Array(length)
    for (let at = 0; at < length; at += 32) {
      this.draw += 1
      out.set(
        sha256(new TextEncoder().encode(`${this.label}#${this.draw}`)).slice(0, length - at),
        at,
      )
    }
    return out
  }
}

export class WorkloadRun {
  readonly random = new MsgidRandom()

  /** `values`: what earlier steps kept, so a run can start from the middle of the workload. */
  constructor(readonly values: Values = {}) {}

  /** Opens (or relaunches) a backend over `store`; the seed draws the same bytes every time. */
  open(store: KeyValueStore): Backend {
    this.random.use('seed')
    return createBackend({
      store,
      clock: () => DEMO_NOW,
      randomBytes: this.random.randomBytes,
    })
  }

  async step(backend: Backend, index: number): Promise<AnswerEnvelope> {
    const step = WORKLOAD[index]
    const msgid = `w-${index}`
    // A reset is a seed: it must draw what the seed a relaunch redoes would draw.
    this.random.use(step.infno === '9105' ? 'seed' : msgid)
    const answer = await backend.handle({
      infno: step.infno,
      msgid,
      inf_time: '2026-11-23T14:05:00+08:00',
      opter_type: '3',
      token: step.as ? this.values[step.as] : undefined,
      input: step.input(this.values),
    })
    if (answer.infcode === 0 && step.keep) {
      step.keep(answer.output as Record<string, unknown>, this.values)
    }
    return answer
  }
}
