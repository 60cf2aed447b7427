import type { Infno, InputOf, OutputOf } from '../../domain/api'
import type { RequestContext } from '../context'

/**
 * Who may call a transaction: anyone; anyone with a session (finer checks inside: §9 A1); or QA
 * tools, which exist only in simulated-backend builds and the mock server.
 */
export type Caller = 'anyone' | 'session' | 'qa'

export interface Transaction<K extends Infno> {
  infno: K
  name: string
  who: Caller
  /** Changes state: the msgid is remembered and a repeat returns the first answer (A2). */
  mutates: boolean
  /** One line for docs/api.md. */
  summary: string
  /** Input fields that are secrets: never part of the idempotency fingerprint or any log. */
  secrets?: readonly string[]
  /** Answers only on a QA backend although anyone may call it (9001 persona login). */
  qaOnly?: boolean
  /** 9105: wipes the store and seeds the demo population again (works even when corrupt). */
  resetsStore?: boolean
  parse(raw: unknown): InputOf<K>
  run(ctx: RequestContext, input: InputOf<K>): OutputOf<K>
}

export type TransactionTable = { [K in Infno]: Transaction<K> }

/** Keeps the literal infno while checking a row against the contract. */
export function defineTransaction<K extends Infno>(row: Transaction<K>): Transaction<K> {
  return row
}
