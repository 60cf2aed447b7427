/// <reference types="@mini-types/my" />
import { type ApiOptions, reply } from '../shared/host-api'
import type { AppEvents, NavigationKind } from '../shared/mini-app'
import type { MockStorage } from '../shared/storage'

type Options = ApiOptions

function navigation(events: AppEvents, kind: NavigationKind) {
  return (options: Options = {}) => {
    const delta = typeof options.delta === 'number' ? options.delta : 1
    const nav = events.navigate(kind, String(options.url ?? ''), delta)
    reply(options, !nav.error, nav.error ? { error: 1, errorMessage: nav.error } : {})
  }
}

const SYSTEM_INFO = {
  app: 'alipay',
  platform: 'iOS',
  model: 'iPhone',
  pixelRatio: 2,
  windowWidth: 375,
  windowHeight: 667,
  screenWidth: 375,
  screenHeight: 667,
  language: 'zh-Hans',
  version: '10.6.0',
}

/**
 * `my` as a plain object of stubs. It must stay plain: Taro's API layer wraps exactly the
 * functions it finds, and a Proxy that invents every property breaks that.
 */
export function createMy(
  storage: MockStorage,
  events: AppEvents,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  // Typed against Alipay's own declarations: a full storage *returns* { success: false }.
  const setStorageSync: typeof my.setStorageSync = ({ key, data }) => {
    try {
      storage.set(key, data)
      return { success: true }
    } catch (error) {
      return { success: false, error: 15, errorMessage: (error as Error).message }
    }
  }
  const getStorageSync: typeof my.getStorageSync = ({ key }) => ({
    data: storage.has(key) ? storage.get(key) : null,
  })
  const removeStorageSync: typeof my.removeStorageSync = ({ key }) => {
    storage.remove(key)
    return { success: true }
  }
  const getStorageInfoSync: typeof my.getStorageInfoSync = () => storage.info()
  // my.datePicker: answers { date } (format yyyy-MM-dd by default), or fails with error 11
  // when the citizen cancels (Alipay open docs, my.datePicker 错误码).
  const datePicker = (options: Parameters<typeof my.datePicker>[0] = {}) => {
    if ((options.format ?? 'yyyy-MM-dd') !== 'yyyy-MM-dd') throw new Error('stub: date format only')
    const { currentDate, startDate, endDate } = options
    const date = events.pickDate({ currentDate, startDate, endDate })
    setTimeout(() => {
      if (date === null) {
        const cancelled = { error: 11, errorMessage: '用户取消操作' }
        options.fail?.(cancelled)
        options.complete?.(cancelled)
      } else {
        options.success?.({ date })
        options.complete?.({ date })
      }
    }, 0)
  }

  const api: Record<string, unknown> = {
    getStorageSync,
    setStorageSync,
    removeStorageSync,
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync,
    datePicker,
    getStorage: (options: Options) => {
      const key = String(options.key)
      reply(options, true, { data: storage.has(key) ? storage.get(key) : null })
    },
    setStorage: (options: Options) => {
      const result = setStorageSync({ key: String(options.key), data: options.data })
      reply(options, result.success, result)
    },
    removeStorage: (options: Options) => {
      storage.remove(String(options.key))
      reply(options, true, { success: true })
    },
    navigateTo: navigation(events, 'navigateTo'),
    redirectTo: navigation(events, 'redirectTo'),
    switchTab: navigation(events, 'switchTab'),
    reLaunch: navigation(events, 'reLaunch'),
    navigateBack: navigation(events, 'navigateBack'),
    showToast: (options: Options) => {
      events.toast({ title: String(options.content ?? ''), icon: options.type as string })
      reply(options, true, {})
    },
    hideToast: (options?: Options) => reply(options, true, {}),
    showLoading: (options?: Options) => reply(options, true, {}),
    hideLoading: (options?: Options) => reply(options, true, {}),
    // Taro maps showModal to my.confirm (with a cancel button) or my.alert (without).
    confirm: (options: Options) => {
      const confirm = events.modal(String(options.title ?? ''), String(options.content ?? ''))
      reply(options, true, { confirm })
    },
    alert: (options: Options) => {
      events.modal(String(options.title ?? ''), String(options.content ?? ''))
      reply(options, true, {})
    },
    setNavigationBar: (options?: Options) => reply(options, true, {}),
    // my.setTabBarBadge({ index, text }) / my.removeTabBarBadge({ index }): the 消息 badge.
    setTabBarBadge: (options?: Options) => reply(options, true, {}),
    removeTabBarBadge: (options?: Options) => reply(options, true, {}),
    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    getSystemInfo: (options: Options) => reply(options, true, { ...SYSTEM_INFO }),
    ...overrides,
  }
  api.canIUse = (name: string) => typeof api[name.split('.')[0]] !== 'undefined'
  return api
}
