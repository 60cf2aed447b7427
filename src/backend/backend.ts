import type { AnswerEnvelope, OutputOf, RequestEnvelope } from '../domain/api'
import { DomainError } from '../domain/errors'
import { type Policy, resolvePolicy } from '../domain/policy'
import { reportUnexpected } from '../domain/unexpected'
import { callerOf, type RequestContext } from './context'
import { errorAnswer, parseEnvelope, refMsgid, successAnswer } from './envelope'
import { defaultRandomBytes, type RandomBytes } from './random'
import { RejectionWithEffects } from './rejection'
import { seedDemo } from './seed/seed-demo'
import { sweepFaceTokens } from './state/face-tokens'
import { earlierAnswer, rememberAnswer } from './state/idempotency'
import { keys } from './state/keys'
import type { MetaRecord, SessionRecord } from './state/records'
import { liveSession, relistSession, sweepSessions } from './state/sessions'
import { DurableStore, type StoreStats } from './storage/durable-store'
import { digest } from './storage/integrity'
import { type KeyValueStore, MemoryKeyValueStore } from './storage/key-value-store'
import { findTransaction } from './transactions/table'
import type { Transaction, TransactionTable } from './transactions/transaction'
import { UnitOfWork } from './unit-of-work'
import { iso } from './views'
import { returnDueTransfers } from './wallet/wallet-accept'

export interface BackendOptions {
  /** Returns the current time in epoch ms; QA can move the backend's clock on top of it. */
  clock?: () => number
  store?: KeyValueStore
  policy?: Partial<Policy>
  seed?: 'demo' | 'empty'
  randomBytes?: RandomBytes
  /** QA transactions (9101-9107, 2207, 2208) answer only when true; a real gateway has none. */
  qa?: boolean
}

export interface Backend {
  handle(request: unknown): Promise<AnswerEnvelope>
  /** The backend clock (real clock plus any QA offset), epoch ms. */
  now(): number
  readonly policy: Policy
  readonly stats: StoreStats
}

type AnyTransaction = Transaction<keyof TransactionTable>
type ResetOutput = OutputOf<'9105'>

class SimulatedBackend implements Backend {
  readonly policy: Policy
  private readonly kv: KeyValueStore
  private readonly store: DurableStore
  private readonly clock: () => number
  private readonly randomBytes: RandomBytes
  private readonly qa: boolean
  private readonly seed: 'demo' | 'empty'
  /** The clock offset of the last meta read: every request asks, meta rarely changes. */
  private metaSeen: { payload: string | null; offset: number } = { payload: null, offset: 0 }

  constructor(options: BackendOptions) {
    this.policy = resolvePolicy(options.policy)
    this.clock = options.clock ?? (() => Date.now())
    this.randomBytes = options.randomBytes ?? defaultRandomBytes
    this.qa = options.qa ?? true
    this.seed = options.seed ?? 'demo'
    this.kv = options.store ?? new MemoryKeyValueStore()
    this.store = new DurableStore(this.kv)
    try {
      this.ensureSeeded()
    } catch (error) {
      // Corrupt or full storage is reported to each request; the 9105 reset stays reachable.
      if (!(error instanceof DomainError)) throw error
    }
  }

  /** No meta means never seeded, or a reset cut short: either way the seed is (re)written. */
  private ensureSeeded(): void {
    if (this.store.read(keys.meta) === null) this.reseed()
  }

  get stats(): StoreStats {
    return this.store.stats
  }

  now(): number {
    const payload = this.store.read(keys.meta)
    if (payload !== this.metaSeen.payload) {
      const offset = payload === null ? 0 : (JSON.parse(payload) as MetaRecord).clockOffsetMs
      this.metaSeen = { payload, offset }
    }
    return this.clock() + this.metaSeen.offset
  }

  /** Back to the demo population (9105 qa.reset, or a first launch). */
  reseed(): void {
    const sessions = this.survivingSessions()
    // The seed is built against an empty store, then replaces the old content in one go.
    const blank = new DurableStore(new MemoryKeyValueStore())
    const ctx = this.context(new UnitOfWork(blank), 'seed', this.clock())
    sessions.forEach(([key, payload]) => {
      relistSession(ctx.uow, this.policy, key, JSON.parse(payload) as SessionRecord)
    })
    if (this.seed === 'demo') seedDemo(ctx)
    else {
      const meta: MetaRecord = { seedVersion: 1, clockOffsetMs: 0, counters: {}, persons: [] }
      ctx.uow.put(keys.meta, meta)
    }
    this.store.replaceAll(ctx.uow.changes(), keys.meta)
  }

  /**
   * 9105: back to the demo population. A store too damaged to be rewritten (an SQLite file with
   * broken pages) is moved aside and replaced by a fresh one; the answer says where it went.
   */
  private reset(): ResetOutput {
    try {
      this.reseed()
      return {}
    } catch (error) {
      const damaged = error instanceof DomainError && isDamage(error)
      if (!damaged || !this.kv.moveAside) throw error
      const movedTo = this.kv.moveAside()
      this.store.invalidate()
      this.reseed()
      return { damaged_copy: movedTo }
    }
  }

  /** Sessions outlive a QA reset, so the tester stays logged in; corrupt ones are dropped. */
  private survivingSessions(): [string, string][] {
    const kept: [string, string][] = []
    for (const key of this.store.keys().filter((k) => k.startsWith(keys.session('')))) {
      try {
        const payload = this.store.read(key)
        if (payload !== null) kept.push([key, payload])
      } catch {
        // A corrupt session only means logging in again.
      }
    }
    return kept
  }

  private safeNow(): number {
    try {
      return this.now()
    } catch {
      return this.clock()
    }
  }

  async handle(raw: unknown): Promise<AnswerEnvelope> {
    return this.handleNow(raw)
  }

  /** Runs one request to completion without yielding, so requests never interleave. */
  private handleNow(raw: unknown): AnswerEnvelope {
    let now = this.clock()
    const msgid = refMsgid(raw)
    // Set once the request is authenticated, valid and new: only then is a rejection remembered.
    let memo: Memo | undefined
    try {
      now = this.safeNow()
      const request = parseEnvelope(raw)
      const transaction = this.transactionFor(request.infno)
      // The way out of corrupt storage must not read the corrupt storage.
      if (transaction.resetsStore) {
        transaction.parse(request.input)
        return successAnswer(request.msgid, iso(now), this.reset())
      }
      this.ensureSeeded()
      // safeNow's fallback is only good enough for an error answer; a request that runs needs
      // the real backend time, so a storage failure reading it rejects the request.
      now = this.now()
      this.runScheduled(now)
      const uow = new UnitOfWork(this.store)
      const ctx = this.context(uow, request.msgid, now)
      ctx.token = request.token
      if (transaction.who === 'session') this.authenticate(ctx, request)
      const input = transaction.parse(request.input)
      if (transaction.mutates) {
        const scope = scopeOf(transaction, ctx)
        const fingerprint = fingerprintOf(request.infno, input, transaction)
        const earlier = earlierAnswer(uow, scope, request.msgid)
        if (earlier) {
          if (earlier.fingerprint !== fingerprint) throw new DomainError('E_MSGID_REUSED')
          return earlier.answer as AnswerEnvelope
        }
        memo = { scope, fingerprint }
      }
      let answer: AnswerEnvelope
      try {
        const output = transaction.run(ctx, input)
        answer = successAnswer(request.msgid, iso(now), output)
      } catch (error) {
        if (!(error instanceof RejectionWithEffects)) throw error
        answer = errorAnswer(request.msgid, iso(now), error.error.code, error.error.message)
      }
      this.finish(ctx, memo, answer)
      return answer
    } catch (error) {
      return this.rejection(msgid, now, error, memo)
    }
  }

  /**
   * W3: what the clock made happen since the last request (transfers returned at 06:00) is
   * committed on its own first, so it stands whatever becomes of this request.
   */
  private runScheduled(now: number): void {
    const uow = new UnitOfWork(this.store)
    if (returnDueTransfers(this.context(uow, 'scheduled', now))) this.store.commit(uow.changes())
  }

  private rejection(msgid: string, now: number, error: unknown, memo?: Memo): AnswerEnvelope {
    if (!(error instanceof DomainError)) {
      reportUnexpected(error)
      return errorAnswer(msgid, iso(now), 'E_SERVER', new DomainError('E_SERVER').message)
    }
    const answer = errorAnswer(msgid, iso(now), error.code, error.message)
    // A business rejection of a state-changing request is remembered too: a retry gets the same
    // answer instead of being judged again. Storage failures are not: the client should retry.
    if (memo && !isStorageFailure(error)) {
      try {
        this.finish(this.context(new UnitOfWork(this.store), msgid, now), memo, answer)
      } catch {
        // Not remembered: the retry is judged again, which gives the same rejection.
      }
    }
    return answer
  }

  private finish(ctx: RequestContext, memo: Memo | undefined, answer: AnswerEnvelope): void {
    const { uow, now } = ctx
    if (memo) {
      rememberAnswer(uow, now, memo.scope, ctx.msgid, { fingerprint: memo.fingerprint, answer })
    }
    if (!uow.hasChanges) return
    // Whatever writes also forgets a little of what expired, so forgetting needs no timer.
    sweepSessions(uow, ctx.hostNow)
    sweepFaceTokens(uow, now)
    this.store.commit(uow.changes())
  }

  private transactionFor(infno: string): AnyTransaction {
    const transaction = findTransaction(infno)
    if (!transaction) throw new DomainError('E_BAD_REQUEST', { 字段: 'infno' })
    if ((transaction.who === 'qa' || transaction.qaOnly) && !this.qa) {
      throw new DomainError('E_FORBIDDEN')
    }
    return transaction
  }

  private authenticate(ctx: RequestContext, request: RequestEnvelope): void {
    if (!request.token) throw new DomainError('E_NOT_LOGGED_IN')
    const caller = liveSession(ctx.uow, this.policy, request.token, ctx.hostNow)
    if (!caller) throw new DomainError('E_NOT_LOGGED_IN')
    ctx.caller = caller
  }

  private context(uow: UnitOfWork, msgid: string, now: number): RequestContext {
    const hostNow = this.clock()
    return { uow, now, hostNow, policy: this.policy, randomBytes: this.randomBytes, msgid }
  }
}

/** Where a state-changing request's answer is kept: its caller's msgids, and what it asked. */
interface Memo {
  scope: string
  fingerprint: string
}

function isDamage(error: DomainError): boolean {
  return error.code === 'E_STORAGE_CORRUPT' || error.code === 'E_STORAGE_IO'
}

function isStorageFailure(error: DomainError): boolean {
  return (
    error.code === 'E_STORAGE_FULL' ||
    error.code === 'E_STORAGE_CORRUPT' ||
    error.code === 'E_STORAGE_IO' ||
    error.code === 'E_SERVER'
  )
}

/** Whose msgids a request's msgid is among: its caller's, or the shared anonymous/QA ones. */
function scopeOf(transaction: AnyTransaction, ctx: RequestContext): string {
  if (transaction.who === 'session') return callerOf(ctx)
  return transaction.who === 'qa' ? 'qa' : 'anyone'
}

/**
 * What makes two requests "the same" for A2: the infno and the validated input, secrets (PINs,
 * face tokens) left out. Only a checked input gets here, so its size and depth are bounded.
 */
function fingerprintOf(infno: string, input: unknown, transaction: AnyTransaction): string {
  const secrets: readonly string[] = transaction.secrets ?? []
  const visible =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? Object.fromEntries(Object.entries(input).filter(([k]) => !secrets.includes(k)))
      : input
  return digest(JSON.stringify([infno, canonical(visible)]))
}

/** JSON with object keys sorted, so field order does not change a fingerprint. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}

export function createBackend(options: BackendOptions = {}): Backend {
  return new SimulatedBackend(options)
}
