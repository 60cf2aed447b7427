import Taro from '@tarojs/taro'

/** Styles are written for a 750-wide design (config designWidth); the screen is narrower. */
const DESIGN_WIDTH = 750

interface WindowSize {
  windowWidth: number
  windowHeight: number
}

let cached: WindowSize | null = null

function windowSize(): WindowSize {
  if (cached) return cached
  // getWindowInfo is the current API; older base libraries and Alipay only have getSystemInfoSync.
  const info: WindowSize =
    typeof Taro.getWindowInfo === 'function' ? Taro.getWindowInfo() : Taro.getSystemInfoSync()
  cached = { windowWidth: info.windowWidth || 375, windowHeight: info.windowHeight || 667 }
  return cached
}

/** A length of the 750-wide design in the screen's px, as the style sheets' px become. */
export function designPx(length: number): number {
  return (length * windowSize().windowWidth) / DESIGN_WIDTH
}

/** The height of the visible window in px: no list can show more than this at once. */
export function screenHeight(): number {
  return windowSize().windowHeight
}
