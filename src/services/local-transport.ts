import type { Backend } from '../backend'
import type { AnswerEnvelope, RequestEnvelope } from '../domain/api'
import type { Transport } from './transport'

/**
 * The built-in backend, in the app's own process. Requests and answers go through JSON as they
 * would on the wire, so nothing the app holds shares objects with backend state.
 */
export class LocalTransport implements Transport {
  constructor(private readonly backend: Backend) {}

  async send(request: RequestEnvelope): Promise<AnswerEnvelope> {
    const answer = await this.backend.handle(JSON.parse(JSON.stringify(request)))
    return JSON.parse(JSON.stringify(answer)) as AnswerEnvelope
  }
}
