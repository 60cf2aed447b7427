import { createBackend } from '../backend'
import { TaroKeyValueStore } from '../platform/taro-key-value-store'
import { LocalTransport } from '../services/local-transport'
import type { Transport } from '../services/transport'

/** The simulated 河南医保 backend inside the app, persisting in the platform's storage. */
export function createBuiltInTransport(): Transport {
  return new LocalTransport(createBackend({ store: new TaroKeyValueStore('yb:'), qa: true }))
}
