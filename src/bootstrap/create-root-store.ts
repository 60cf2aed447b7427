/* eslint-disable @typescript-eslint/no-require-imports -- require() in a constant branch is what lets webpack drop the unused backend */
import { storedToken } from '../platform/token-storage'
import { createServices } from '../services/services'
import type { Transport } from '../services/transport'
import { RootStore } from '../stores/root-store'

/**
 * The composition root. Which backend is decided at build time: with TARO_APP_API_BASE set the
 * app talks HTTP, and webpack drops the other branch — the built-in backend is not in that bundle.
 */
export function createRootStore(): RootStore {
  let transport: Transport
  let qa: boolean
  if (process.env.TARO_APP_API_BASE) {
    const { createHttpTransport } = require('./http-backend') as typeof import('./http-backend')
    transport = createHttpTransport(process.env.TARO_APP_API_BASE)
    qa = process.env.TARO_APP_QA === 'true'
  } else {
    const { createBuiltInTransport } =
      require('./built-in-backend') as typeof import('./built-in-backend')
    transport = createBuiltInTransport()
    qa = true
  }
  return new RootStore(createServices({ transport, tokens: storedToken, qa }))
}
