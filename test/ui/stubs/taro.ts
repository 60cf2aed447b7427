/**
 * A mock of @tarojs/taro for jsdom: navigation is recorded, storage is in memory, modals answer
 * "confirm" unless a test says otherwise, and page lifecycle hooks run on mount.
 */
import { useEffect } from 'react'

const storage = new Map<string, unknown>()
let routerParams: Record<string, string> = {}
let modalAnswer = true

export const mockTaro = {
  reset(): void {
    storage.clear()
    routerParams = {}
    modalAnswer = true
    Object.values(navigation).forEach((fn) => fn.mockClear())
    showToast.mockClear()
    showModal.mockClear()
    Object.values(tabBar).forEach((fn) => fn.mockClear())
  },
  setRouterParams(params: Record<string, string>): void {
    routerParams = params
  },
  answerModals(confirm: boolean): void {
    modalAnswer = confirm
  },
}

const resolved = () => jest.fn((_options?: unknown) => Promise.resolve({ errMsg: 'ok' }))

export const navigation = {
  navigateTo: resolved(),
  switchTab: resolved(),
  navigateBack: resolved(),
  redirectTo: resolved(),
  reLaunch: resolved(),
}

export const tabBar = {
  setTabBarBadge: resolved(),
  removeTabBarBadge: resolved(),
}

export const showToast = resolved()
export const showModal = jest.fn((_options?: unknown) =>
  Promise.resolve({ confirm: modalAnswer, cancel: !modalAnswer }),
)

function useMountEffect(callback: (params: Record<string, string>) => void): void {
  useEffect(() => {
    callback(routerParams)
    // Page hooks run once per mount, as a page's onLoad/onShow would.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}

export const useLoad = useMountEffect
export const useDidShow = useMountEffect
export const useReady = useMountEffect
export const useLaunch = useMountEffect
export function useRouter() {
  return { params: routerParams, path: '' }
}
export function useDidHide(): void {}
export function useReachBottom(): void {}
export function usePullDownRefresh(): void {}
export function usePageScroll(): void {}

const Taro = {
  ...navigation,
  // The page stack holds the one page under test; its route is none a test navigates to.
  getCurrentPages: () => [{ route: '', options: routerParams }],
  ...tabBar,
  showToast,
  showModal,
  showLoading: resolved(),
  hideLoading: resolved(),
  stopPullDownRefresh: resolved(),
  setNavigationBarTitle: resolved(),
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getStorageInfoSync: () => ({
    keys: Array.from(storage.keys()),
    currentSize: 0,
    limitSize: 10240,
  }),
  getSystemInfoSync: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
  useLoad,
  useDidShow,
  useReady,
  useRouter,
}

export default Taro
