import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'

import { type Backend, type BackendOptions, createBackend } from '../../src/backend'
import { MemoryKeyValueStore } from '../../src/backend/storage/key-value-store'
import { createQaRootStore } from '../../src/bootstrap/qa-tools'
import type { AnswerEnvelope, RequestEnvelope } from '../../src/domain/api'
import type { TokenHolder } from '../../src/services/api-client'
import { LocalTransport } from '../../src/services/local-transport'
import type { Transport } from '../../src/services/transport'
import type { RootStore } from '../../src/stores/root-store'
import { StoreProvider } from '../../src/stores/store-context'
import { DEMO_NOW, type PersonaName } from '../helpers/backend-client'
import { mockTaro } from './stubs/taro'

export { mockTaro, navigation, showModal, showToast } from './stubs/taro'

/** A transport whose answers a test holds back or replaces, to see loading and error states. */
export class ControlledTransport implements Transport {
  private gate: Promise<void> | null = null
  private open: (() => void) | null = null
  failWith: AnswerEnvelope | null = null
  readonly sent: RequestEnvelope[] = []

  constructor(private readonly inner: Transport) {}

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve
    })
  }

  release(): void {
    this.open?.()
    this.gate = null
  }

  async send(request: RequestEnvelope): Promise<AnswerEnvelope> {
    this.sent.push(request)
    if (this.gate) await this.gate
    if (this.failWith) return { ...this.failWith, inf_refmsgid: request.msgid }
    return this.inner.send(request)
  }
}

export interface TestApp {
  store: RootStore
  backend: Backend
  transport: ControlledTransport
  tokens: TokenHolder
  /** Logs in through the real login transaction, as 切换测试身份 does. */
  loginAs(name: PersonaName): Promise<void>
  render(page: ReactElement): RenderResult
}

/** A RootStore over the real simulated backend (in memory) at the demo's "now". */
export function createTestApp(options: BackendOptions = {}): TestApp {
  mockTaro.reset()
  const backend = createBackend({
    clock: () => DEMO_NOW,
    store: new MemoryKeyValueStore(),
    ...options,
  })
  const transport = new ControlledTransport(new LocalTransport(backend))
  let token: string | null = null
  const tokens: TokenHolder = { get: () => token, set: (t) => void (token = t) }
  const store = createQaRootStore({ transport, tokens, clock: () => DEMO_NOW })
  return {
    store,
    backend,
    transport,
    tokens,
    async loginAs(name) {
      await store.session.loadPersonas()
      const persona = store.session.personas.find((p) => p.psn_name === name)
      if (!persona) throw new Error(`no persona ${name}`)
      await store.session.loginAs(persona.login_key)
      await store.session.restore()
    },
    render(page) {
      return render(<StoreProvider store={store}>{page}</StoreProvider>)
    },
  }
}
