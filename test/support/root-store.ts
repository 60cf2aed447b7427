import { type Backend, type BackendOptions, createBackend } from '../../src/backend'
import { MemoryKeyValueStore } from '../../src/backend/storage/key-value-store'
import type { TokenHolder } from '../../src/services/api-client'
import { LocalTransport } from '../../src/services/local-transport'
import { QaService } from '../../src/services/qa-service'
import { createServices } from '../../src/services/services'
import { QaStore } from '../../src/stores/qa-store'
import { RootStore } from '../../src/stores/root-store'
import { TestClient } from './backend-client'
import { FakeTransport } from './fake-transport'
import { DEMO_NOW, type PersonaName } from './public/demo'

export interface TestRoot {
  store: RootStore
  backend: Backend
  transport: FakeTransport
  tokens: TokenHolder
  /** Another device on the same backend: sets scenes without touching the app's session. */
  scene: TestClient
  /** A persona's login key, from the demo population list (9106). */
  loginKeyOf(name: PersonaName): Promise<string>
  /** Logs in through the real login transaction with the persona's key, as 切换测试身份 does. */
  loginAs(name: PersonaName): Promise<void>
}

export interface TestRootOptions extends BackendOptions {
  /** Without the QA tools, as a real-backend build (default: with them, as the demo build). */
  qa?: boolean
  /** Tokens kept across roots (a relaunch of the app); a fresh holder by default. */
  tokens?: TokenHolder
}

export function memoryTokens(): TokenHolder {
  let token: string | null = null
  return { get: () => token, set: (next) => void (token = next) }
}

/**
 * The one root-store builder of the test kit: a RootStore over the real simulated backend (in
 * memory unless a store is given), through a FakeTransport, at the demo's "now".
 */
export function buildRootStore(options: TestRootOptions = {}): TestRoot {
  const { qa = true, tokens = memoryTokens(), ...backendOptions } = options
  const kv = backendOptions.store ?? new MemoryKeyValueStore()
  const backend = createBackend({ clock: () => DEMO_NOW, ...backendOptions, store: kv })
  const scene = TestClient.over(backend, kv)
  const loginKeyOf = async (name: PersonaName) => {
    const { personas } = await scene.ok('9106', {})
    const persona = personas.find((p) => p.psn_name === name)
    if (!persona) throw new Error(`no persona ${name}`)
    return persona.login_key
  }
  const transport = new FakeTransport(new LocalTransport(backend))
  const apiOptions = { transport, tokens, clock: () => DEMO_NOW }
  // As bootstrap/qa-tools.ts builds it, without the QA entries component (no DOM in unit tests).
  const store = qa
    ? new RootStore(createServices({ ...apiOptions, qa: QaService }), QaStore)
    : new RootStore(createServices(apiOptions))
  return {
    store,
    backend,
    transport,
    tokens,
    scene,
    loginKeyOf,
    async loginAs(name) {
      await store.session.loginAs(await loginKeyOf(name))
      await store.session.restore()
    },
  }
}
