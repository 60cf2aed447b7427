import type { AnswerEnvelope, Infno, RequestEnvelope } from '../../src/domain/api'
import { type ErrorCode, formatErrorMessage } from '../../src/domain/errors'
import { ApiError } from '../../src/services/api-error'
import type { Transport } from '../../src/services/transport'

/**
 * The one fake transport of the test kit, in front of a real one (usually the simulated backend
 * in memory). It records every request and can hold answers back (loading states), replace them
 * with a failure (error states), or deliver a request and lose its answer (retries).
 */
export class FakeTransport implements Transport {
  readonly sent: RequestEnvelope[] = []
  /** When set, every request is answered with this failure instead of reaching the backend. */
  failWith: AnswerEnvelope | null = null
  /** The answers of the next `loseAnswers` requests never come back: E_NETWORK after delivery. */
  loseAnswers = 0
  private gate: Promise<void> | null = null
  private open: (() => void) | null = null

  constructor(private readonly inner: Transport) {}

  /** Answers wait until `release()`. */
  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve
    })
  }

  release(): void {
    this.open?.()
    this.gate = null
  }

  /** The requests of one transaction sent so far. */
  sentOf(infno: Infno): RequestEnvelope[] {
    return this.sent.filter((request) => request.infno === infno)
  }

  /** Forgets what was sent, e.g. after setting a scene. */
  forget(): void {
    this.sent.length = 0
  }

  async send(request: RequestEnvelope): Promise<AnswerEnvelope> {
    this.sent.push(request)
    if (this.gate) await this.gate
    if (this.failWith) return { ...this.failWith, inf_refmsgid: request.msgid }
    const answer = await this.inner.send(request)
    if (this.loseAnswers > 0) {
      this.loseAnswers -= 1
      throw new ApiError('E_NETWORK')
    }
    return answer
  }
}

/** A failure answer as the backend gives it, with the catalogue's message unless one is given. */
export function failure(code: ErrorCode, message = formatErrorMessage(code)): AnswerEnvelope {
  return { infcode: -1, err_code: code, err_msg: message, inf_refmsgid: '', respond_time: '' }
}
