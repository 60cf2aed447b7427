import Taro from '@tarojs/taro'

import type { KeyValueStore } from '../backend/storage/key-value-store'
import { storageLimits } from './storage-limits'

/**
 * The backend's KeyValueStore on Taro's synchronous storage, under one key prefix. Values over
 * the platform's per-key limit are refused before the platform would fail half-way.
 */
export class TaroKeyValueStore implements KeyValueStore {
  constructor(private readonly prefix: string) {}

  get(key: string): string | null {
    const value: unknown = Taro.getStorageSync(this.prefix + key)
    return typeof value === 'string' && value !== '' ? value : null
  }

  set(key: string, value: string): void {
    // UTF-8 upper bound: Chinese text is 3 bytes a character.
    if ((key.length + value.length) * 3 > storageLimits.maxBytesPerKey) {
      throw new Error(`storage value too large for ${storageLimits.platform}: ${key}`)
    }
    Taro.setStorageSync(this.prefix + key, value)
  }

  remove(key: string): void {
    Taro.removeStorageSync(this.prefix + key)
  }

  keys(): string[] {
    return Taro.getStorageInfoSync()
      .keys.filter((k) => k.startsWith(this.prefix))
      .map((k) => k.slice(this.prefix.length))
  }
}
