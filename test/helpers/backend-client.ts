import { SqliteStore } from '../../server/sqlite-store'
import { type Backend, type BackendOptions, createBackend } from '../../src/backend'
import { type KeyValueStore, MemoryKeyValueStore } from '../../src/backend/storage/key-value-store'
import type {
  AnswerEnvelope,
  Infno,
  InputOf,
  OutputOf,
  RequestEnvelope,
} from '../../src/domain/api'
import type { HttpTransport } from '../../src/services/http-transport'
import { contractOverHttp, serveOverHttp, trackStore } from './contract-server'

/** 2026-11-23 14:05 in Shanghai: the demo's "today", inside the 2027年度 collection period. */
export const DEMO_NOW = Date.parse('2026-11-23T14:05:00+08:00')

export const CERT = {
  张建国: '410105196803120315',
  李秀兰: '410105197007080425',
  张伟: '410105199204110514',
  张雨萱: '410302200609010287',
  张雨桐: '410105201003030446',
  张浩然: '41010520140520017X',
  王桂芝: '411302194501150467',
  张德明: '410105194308210138',
  张建军: '440106197211300159',
  周淑珍: '410105194802020225',
  张小满: '410105202606010131',
  刘强: '410102198506180397',
  陈静: '410104199012250604',
} as const

export type PersonaName = keyof typeof CERT

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

  constructor(options: BackendOptions = {}) {
    this.store = options.store ?? TestClient.defaultStore()
    this.backend = createBackend({ clock: () => this.now, store: this.store, ...options })
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
    const known = this.tokens.get(name)
    if (known) return known
    const answer = await this.raw('9001', { certno: CERT[name] })
    const token = (answer.output as { token: string }).token
    this.tokens.set(name, token)
    return token
  }

  /** A snapshot of every stored key except sessions and idempotency records, for "unchanged". */
  snapshot(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const key of this.store.keys().sort()) {
      // Sessions and the msgid memory (msg:, msgday:, msgidx) are bookkeeping, not business state.
      if (key.startsWith('ses:') || key.startsWith('msg')) continue
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
