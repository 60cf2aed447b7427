import Taro from '@tarojs/taro'

const ELDER_MODE_KEY = 'app:elder-mode'

/**
 * WeChat's getSystemInfoSync reports `fontSizeSetting`, the user's font size in px (17 is the
 * client's standard size); Alipay reports the same field. H5 has none: there the browser's own
 * zoom and font settings apply, and the layouts scale with them.
 */
const LARGE_SYSTEM_FONT_PX = 20

function fontSizeSetting(): number | null {
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: unknown }
    return typeof info.fontSizeSetting === 'number' ? info.fontSizeSetting : null
  } catch {
    return null
  }
}

/** Matches stores/display-store's DisplayPreferences (platform/ knows no store). */
export const displayPreferences = {
  storedElderMode(): boolean | null {
    const value: unknown = Taro.getStorageSync(ELDER_MODE_KEY)
    return value === 'on' ? true : value === 'off' ? false : null
  },
  storeElderMode(on: boolean) {
    Taro.setStorageSync(ELDER_MODE_KEY, on ? 'on' : 'off')
  },
  systemFontIsLarge(): boolean {
    const setting = fontSizeSetting()
    return setting !== null && setting >= LARGE_SYSTEM_FONT_PX
  },
}
