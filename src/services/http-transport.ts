import type { AnswerEnvelope, RequestEnvelope } from '../domain/api'
import { type ErrorCode, isErrorCode } from '../domain/errors'
import { ApiError } from './api-error'
import type { Transport } from './transport'

export interface HttpResponse {
  statusCode: number
  /** The parsed JSON body (or its text when the platform did not parse it). */
  data: unknown
}

/**
 * Sends one POST with a JSON body. Injected so services never import Taro: the app passes a
 * Taro.request wrapper, tests a fetch wrapper or a fake. It rejects when no response came;
 * on a timeout it should reject with HttpTimeoutError.
 */
export type HttpRequest = (
  url: string,
  body: RequestEnvelope,
  timeoutMs: number,
) => Promise<HttpResponse>

export class HttpTimeoutError extends Error {
  constructor(message = 'request timed out') {
    super(message)
    this.name = 'HttpTimeoutError'
  }
}

export interface HttpTransportOptions {
  /** Where the mock server (or gateway) listens, e.g. http://127.0.0.1:8787; /api is appended. */
  baseUrl: string
  request: HttpRequest
  timeoutMs?: number
  /** Further attempts after the first one fails without an answer. */
  retries?: number
  /** Wait before the first retry; doubles each time. */
  retryDelayMs?: number
}

type Failure = Extract<ErrorCode, 'E_NETWORK' | 'E_TIMEOUT' | 'E_SERVER'>

class AttemptFailed extends Error {
  constructor(
    readonly code: Failure,
    readonly retryable: boolean,
  ) {
    super(code)
  }
}

/**
 * The backend over HTTP (`POST /api`). Business errors come back as envelopes and are returned
 * as they are. Only when no answer could be had is the request sent again, as the very same
 * envelope: the backend remembers every msgid, so a request that did arrive is never done twice.
 */
export class HttpTransport implements Transport {
  private readonly url: string
  private readonly request: HttpRequest
  private readonly timeoutMs: number
  private readonly retries: number
  private readonly retryDelayMs: number

  constructor(options: HttpTransportOptions) {
    this.url = `${options.baseUrl.replace(/\/+$/, '')}/api`
    this.request = options.request
    this.timeoutMs = options.timeoutMs ?? 10_000
    this.retries = options.retries ?? 2
    this.retryDelayMs = options.retryDelayMs ?? 500
  }

  async send(request: RequestEnvelope): Promise<AnswerEnvelope> {
    let failure: AttemptFailed = new AttemptFailed('E_NETWORK', true)
    for (let attempt = 0; attempt <= this.retries; attempt += 1) {
      if (attempt > 0) await delay(this.retryDelayMs * 2 ** (attempt - 1))
      try {
        return await this.attempt(request)
      } catch (error) {
        if (!(error instanceof AttemptFailed)) throw error
        failure = error
        if (!failure.retryable) break
      }
    }
    throw new ApiError(failure.code)
  }

  private async attempt(request: RequestEnvelope): Promise<AnswerEnvelope> {
    let response: HttpResponse
    try {
      response = await withTimeout(this.request(this.url, request, this.timeoutMs), this.timeoutMs)
    } catch (error) {
      throw new AttemptFailed(isTimeout(error) ? 'E_TIMEOUT' : 'E_NETWORK', true)
    }
    if (response.statusCode >= 500) throw new AttemptFailed('E_SERVER', true)
    const answer = asAnswer(response.data)
    // A 400 carries an envelope too (a malformed request); anything else is not our backend.
    if (!answer) throw new AttemptFailed('E_SERVER', false)
    return answer
  }
}

function asAnswer(data: unknown): AnswerEnvelope | null {
  let value = data
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return null
    }
  }
  if (typeof value !== 'object' || value === null) return null
  const a = value as Record<string, unknown>
  const wellFormed =
    (a.infcode === 0 || (a.infcode === -1 && isErrorCode(a.err_code))) &&
    typeof a.inf_refmsgid === 'string' &&
    typeof a.respond_time === 'string'
  return wellFormed ? (value as AnswerEnvelope) : null
}

function isTimeout(error: unknown): boolean {
  if (error instanceof HttpTimeoutError) return true
  // Taro and the mini-program platforms reject with { errMsg: 'request:fail timeout' }.
  const text = (error as { errMsg?: unknown; message?: unknown } | null) ?? {}
  const message = typeof text.errMsg === 'string' ? text.errMsg : text.message
  return typeof message === 'string' && /time(d)? ?out/i.test(message)
}

/** A guard for request functions that ignore their timeout, so a send always settles. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new HttpTimeoutError()), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
