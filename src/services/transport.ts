import type { AnswerEnvelope, RequestEnvelope } from '../domain/api'

/**
 * How a request envelope reaches a backend: in-process (LocalTransport) or over HTTP
 * (HttpTransport). A transport never interprets answers; business errors come back as envelopes.
 * It rejects only when no answer could be had (network down, timeout), with an ApiError.
 */
export interface Transport {
  send(request: RequestEnvelope): Promise<AnswerEnvelope>
}
