/* eslint-disable @typescript-eslint/no-require-imports -- require() in a constant branch is what lets webpack drop the unused backend */
import type { ComponentType } from 'react'

import { storedToken } from '../platform/token-storage'
import { createServices } from '../services/services'
import { RootStore } from '../stores/root-store'

export interface AppRoot {
  store: RootStore
  /** 我的's entries into the QA tools, null in a build without them. */
  qaEntries: ComponentType | null
}

/**
 * The composition root. Which backend, and whether the QA tools exist, is decided at build time:
 * with TARO_APP_API_BASE set the app talks HTTP (with the QA tools only if TARO_APP_QA is 'true'),
 * otherwise to the built-in backend. The conditions are constants after DefinePlugin, and webpack
 * drops the dead branch of an if/else with its require()s, so a real-backend bundle holds neither
 * the built-in backend nor the QA tools. Keep every variant inside an if/else branch: webpack does
 * not follow a `return`, so code after an `if (…) return` stays in the bundle.
 */
export function createAppRoot(): AppRoot {
  const tokens = storedToken
  if (process.env.TARO_APP_API_BASE) {
    const { createHttpTransport } = require('./http-backend') as typeof import('./http-backend')
    const transport = createHttpTransport(process.env.TARO_APP_API_BASE)
    if (process.env.TARO_APP_QA === 'true') {
      const qa = require('./qa-tools') as typeof import('./qa-tools')
      return { store: qa.createQaRootStore({ transport, tokens }), qaEntries: qa.QaEntries }
    } else {
      return { store: new RootStore(createServices({ transport, tokens })), qaEntries: null }
    }
  } else {
    const { createBuiltInTransport } =
      require('./built-in-backend') as typeof import('./built-in-backend')
    const qa = require('./qa-tools') as typeof import('./qa-tools')
    const store = qa.createQaRootStore({ transport: createBuiltInTransport(), tokens })
    return { store, qaEntries: qa.QaEntries }
  }
}
