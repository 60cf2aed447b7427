import Taro from '@tarojs/taro'

import { CheckedKeyValueStore, type PlatformStorage } from './checked-key-value-store'
import { storageLimits } from './storage-limits'

/** Taro's synchronous storage; results are returned unread, for CheckedKeyValueStore to check. */
const TARO_STORAGE: PlatformStorage = {
  get: (key) => Taro.getStorageSync(key) as unknown,
  set: (key, value) => Taro.setStorageSync(key, value) as unknown,
  remove: (key) => Taro.removeStorageSync(key) as unknown,
  info: () => Taro.getStorageInfoSync(),
}

/** The backend's KeyValueStore on Taro's storage, under one key prefix. */
export class TaroKeyValueStore extends CheckedKeyValueStore {
  constructor(prefix: string) {
    super(TARO_STORAGE, prefix, storageLimits)
  }
}
