import { type ApiOptions, reply } from '../shared/host-api'
import type { AppEvents, NavigationKind } from '../shared/mini-app'
import type { MockStorage } from '../shared/storage'

type Options = ApiOptions

// miniprogram-simulate installs its API mocks as the global wx when it is first required.
require('miniprogram-simulate')

const simulateApi = { ...(globalThis as unknown as { wx: Record<string, unknown> }).wx }

function navigation(events: AppEvents, kind: NavigationKind) {
  return (options: Options = {}) => {
    const delta = typeof options.delta === 'number' ? options.delta : 1
    const nav = events.navigate(kind, String(options.url ?? ''), delta)
    reply(options, !nav.error, { errMsg: nav.error ?? `${kind}:ok` })
  }
}

/**
 * A fresh wx per launch: miniprogram-simulate's API mocks, plus storage, navigation and
 * feedback that behave like the client and report to the MiniApp.
 */
export function createWx(
  storage: MockStorage,
  events: AppEvents,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '')
  const setStorageSync = (key: string, data: unknown) => {
    try {
      storage.set(key, data)
    } catch (error) {
      throw new Error(`setStorageSync:fail ${(error as Error).message}`)
    }
  }
  return {
    ...simulateApi,
    getStorageSync,
    setStorageSync,
    removeStorageSync: (key: string) => storage.remove(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => storage.info(),
    getStorage: (options: Options) => {
      const key = String(options.key)
      const found = storage.has(key)
      reply(options, found, found ? { data: storage.get(key) } : { errMsg: 'getStorage:fail' })
    },
    setStorage: (options: Options) => {
      try {
        setStorageSync(String(options.key), options.data)
        reply(options, true, { errMsg: 'setStorage:ok' })
      } catch (error) {
        reply(options, false, { errMsg: (error as Error).message })
      }
    },
    removeStorage: (options: Options) => {
      storage.remove(String(options.key))
      reply(options, true, { errMsg: 'removeStorage:ok' })
    },
    navigateTo: navigation(events, 'navigateTo'),
    redirectTo: navigation(events, 'redirectTo'),
    switchTab: navigation(events, 'switchTab'),
    reLaunch: navigation(events, 'reLaunch'),
    navigateBack: navigation(events, 'navigateBack'),
    showToast: (options: Options) => {
      events.toast({ title: String(options.title ?? ''), icon: options.icon as string })
      reply(options, true, { errMsg: 'showToast:ok' })
    },
    showModal: (options: Options) => {
      const confirm = events.modal(String(options.title ?? ''), String(options.content ?? ''))
      reply(options, true, { confirm, cancel: !confirm, errMsg: 'showModal:ok' })
    },
    ...overrides,
  }
}
