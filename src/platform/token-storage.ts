import Taro from '@tarojs/taro'

import type { TokenHolder } from '../services/api-client'

const TOKEN_KEY = 'app:session-token'

/** The session token survives a relaunch, like a real login would. */
export const storedToken: TokenHolder = {
  get() {
    const value: unknown = Taro.getStorageSync(TOKEN_KEY)
    return typeof value === 'string' && value !== '' ? value : null
  },
  set(token) {
    if (token) Taro.setStorageSync(TOKEN_KEY, token)
    else Taro.removeStorageSync(TOKEN_KEY)
  },
}
