import type { Infno, InputOf, OutputOf, RequestEnvelope } from '../domain/api'
import { isErrorCode } from '../domain/errors'
import { parseIsoTime, toIsoShanghai } from '../domain/shanghai-time'
import { ApiError } from './api-error'
import type { Transport } from './transport'

export interface TokenHolder {
  get(): string | null
  set(token: string | null): void
}

export interface ApiClientOptions {
  transport: Transport
  tokens: TokenHolder
  clock?: () => number
  /** Unique per request; injectable so tests can predict msgids. */
  newMsgid?: () => string
}

let sequence = 0

export function defaultMsgid(): string {
  sequence = (sequence + 1) % 1e6
  const random = Math.floor(Math.random() * 1e9).toString(36)
  return `${Date.now().toString(36)}${random}${sequence.toString(36)}`.slice(0, 40)
}

/**
 * Builds envelopes and unwraps answers. Every call gets its own msgid; `call` with an explicit
 * msgid is how a money-moving retry stays idempotent (A2).
 */
export class ApiClient {
  private readonly transport: Transport
  readonly tokens: TokenHolder
  private readonly clock: () => number
  readonly newMsgid: () => string
  /** Backend time minus device time, learned from each answer's respond_time. */
  private backendOffsetMs = 0

  constructor(options: ApiClientOptions) {
    this.transport = options.transport
    this.tokens = options.tokens
    this.clock = options.clock ?? (() => Date.now())
    this.newMsgid = options.newMsgid ?? defaultMsgid
  }

  /**
   * "Now" as the backend sees it: dates the citizen picks relative to today (近1个月, a birth date
   * not in the future) follow the backend's calendar, which QA may have moved.
   */
  backendNow(): number {
    return this.clock() + this.backendOffsetMs
  }

  async call<K extends Infno>(
    infno: K,
    input: InputOf<K>,
    msgid = this.newMsgid(),
  ): Promise<OutputOf<K>> {
    const request: RequestEnvelope<InputOf<K>> = {
      infno,
      msgid,
      inf_time: toIsoShanghai(this.clock()),
      opter_type: '3',
      input,
    }
    const token = this.tokens.get()
    if (token) request.token = token
    const answer = await this.transport.send(request)
    const respondedAt = parseIsoTime(answer.respond_time)
    if (respondedAt !== null) this.backendOffsetMs = respondedAt - this.clock()
    if (answer.infcode === 0) return answer.output as OutputOf<K>
    const code = isErrorCode(answer.err_code) ? answer.err_code : 'E_SERVER'
    if (code === 'E_NOT_LOGGED_IN') this.tokens.set(null)
    throw new ApiError(code, answer.err_msg)
  }
}
