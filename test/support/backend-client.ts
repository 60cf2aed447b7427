import { SqliteStore } from '../../server/sqlite-store'
import { type Backend, type BackendOptions, createBackend } from '../../src/backend'
import { isBookkeepingKey } from '../../src/backend/state/keys'
import { type KeyValueStore, MemoryKeyValueStore } from '../../src/backend/storage/key-value-store'
import type {
  AnswerEnvelope,
  Infno,
  InputOf,
  OutputOf,
  RequestEnvelope,
} from '../../src/domain/api'
import type { Policy } from '../../src/domain/policy'
import type { HttpTransport } from '../../src/services/http-transport'
import { contractOverHttp, serveOverHttp, trackStore } from './contract-server'
import { CERT, DEMO_NOW, type PersonaName } from './public/demo'

export { CERT, DEMO_NOW, type PersonaName } from './public/demo'

/**
 * Drives a backend through real envelopes, as a client would. `now` is mutable so a test can
 * move time; every call gets a fresh msgid unless one is given. With CONTRACT_TRANSPORT=http
 * (jest project contract-http) the same calls go through HttpTransport to a mock server over
 * SQLite, hosting this very backend; `store` is the server's store.
 */
export class TestClient {
  readonly backend: Backend
  readonly store: KeyValueStore
  now = DEMO_NOW
  private counter = 0
  private tokens = new Map<string, string>()
  private http?: Promise<HttpTransport>

  /** Logs in again for every call instead of keeping tokens (a scene on someone else's backend). */
  private cacheTokens = true

  constructor(options: BackendOptions = {}, backend?: Backend) {
    this.store = options.store ?? TestClient.defaultStore()
    this.backend =
      backend ?? createBackend({ clock: () => this.now, store: this.store, ...options })
  }

  /**
   * A client of a backend built elsewhere over `store` (a test app's), as another device: it
   * changes that backend's state without touching the app's session.
   */
  static over(backend: Backend, store: KeyValueStore): TestClient {
    const client = new TestClient({ store }, backend)
    client.cacheTokens = false
    return client
  }

  /** A second backend over the same store, as after a restart (or with other policy settings). */
  reopen(options: Omit<BackendOptions, 'store' | 'clock'> = {}): TestClient {
    const reopened = new TestClient({ policy: this.backend.policy, ...options, store: this.store })
    reopened.now = this.now
    // Both clients talk to one store, so their msgids must not collide.
    reopened.nextMsgid = () => this.nextMsgid()
    return reopened
  }

  private static defaultStore(): KeyValueStore {
    return contractOverHttp() ? trackStore(new SqliteStore()) : new MemoryKeyValueStore()
  }

  nextMsgid(): string {
    this.counter += 1
    return `test-${this.counter}`
  }

  async raw<K extends Infno>(
    infno: K,
    input: InputOf<K> | unknown,
    options: { as?: PersonaName; msgid?: string; token?: string } = {},
  ): Promise<AnswerEnvelope<OutputOf<K>>> {
    const token = options.token ?? (options.as ? await this.tokenFor(options.as) : undefined)
    return (await this.send({
      infno,
      msgid: options.msgid ?? this.nextMsgid(),
      inf_time: new Date(this.now).toISOString(),
      opter_type: '3',
      token,
      input,
    })) as AnswerEnvelope<OutputOf<K>>
  }

  /** Sends any body as the request envelope, malformed ones included (bad-input tests). */
  async sendBody(body: unknown): Promise<AnswerEnvelope> {
    return this.send(body as RequestEnvelope)
  }

  private async send(request: RequestEnvelope): Promise<AnswerEnvelope> {
    if (!contractOverHttp()) return this.backend.handle(request)
    // Started on first use: a constructor cannot wait for the server to listen.
    this.http ??= serveOverHttp(this.backend)
    return (await this.http).send(request)
  }

  /** Calls and expects success; throws with the error code otherwise. */
  async ok<K extends Infno>(
    infno: K,
    input: InputOf<K>,
    options: { as?: PersonaName; msgid?: string } = {},
  ): Promise<OutputOf<K>> {
    const answer = await this.raw(infno, input, options)
    if (answer.infcode !== 0)
      throw new Error(`${infno} failed: ${answer.err_code} ${answer.err_msg}`)
    return answer.output as OutputOf<K>
  }

  /** Calls and expects a rejection; returns the error code. */
  async fail<K extends Infno>(
    infno: K,
    input: InputOf<K> | unknown,
    options: { as?: PersonaName; msgid?: string } = {},
  ): Promise<string> {
    const answer = await this.raw(infno, input, options)
    if (answer.infcode === 0) throw new Error(`${infno} unexpectedly succeeded`)
    return answer.err_code ?? ''
  }

  async tokenFor(name: PersonaName): Promise<string> {
    const known = this.cacheTokens ? this.tokens.get(name) : undefined
    if (known) return known
    const answer = await this.raw('9001', { certno: CERT[name] })
    if (answer.infcode !== 0) throw new Error(`login ${name}: ${answer.err_code} ${answer.err_msg}`)
    const token = (answer.output as { token: string }).token
    if (this.cacheTokens) this.tokens.set(name, token)
    return token
  }

  /** A snapshot of every stored key except sessions and idempotency records, for "unchanged". */
  snapshot(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const key of this.store.keys().sort()) {
      if (isBookkeepingKey(key)) continue
      out[key] = this.store.get(key) ?? ''
    }
    return out
  }
}

/**
 * Expects a rejection with `code` and that nothing stored changed; returns the answer so a test
 * can look at the message.
 */
export async function rejects<K extends Infno>(
  client: TestClient,
  infno: K,
  input: InputOf<K> | unknown,
  as: PersonaName | undefined,
  code: string,
): Promise<AnswerEnvelope> {
  const before = client.snapshot()
  const answer = await client.raw(infno, input, { as })
  expect(answer.infcode).toBe(-1)
  expect(answer.err_code).toBe(code)
  expect(client.snapshot()).toEqual(before)
  return answer
}

/** Seeded bytes, so salts and tokens (and so the whole store) are the same on every run. */
export function seededRandomBytes(seed = 1): (length: number) => Uint8Array {
  let state = seed
  return (length) => {
    const bytes = new Uint8Array(length)
    for (let i = 0; i < length; i += 1) {
      state = (state * 1103515245 + 12345) % 2147483648
      bytes[i] = (state >>> 16) & 0xff
    }
    return bytes
  }
}

/** A client whose backend draws seeded bytes. */
export function seededClient(policy: Partial<Policy> = {}): TestClient {
  return new TestClient({ policy, randomBytes: seededRandomBytes() })
}

/** Every page of a listing, following next_cursor to the end. */
export async function allPages<R>(
  fetch: (cursor: string | undefined) => Promise<{ rows: R[]; next_cursor: string | null }>,
): Promise<R[]> {
  const rows: R[] = []
  let cursor: string | undefined
  for (;;) {
    const page = await fetch(cursor)
    rows.push(...page.rows)
    if (page.next_cursor === null) return rows
    cursor = page.next_cursor
  }
}
