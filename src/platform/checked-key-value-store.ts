import type { KeyValueStore } from '../backend/storage/key-value-store'
import type { StorageLimits } from './storage-limits'

/** What getStorageInfoSync returns on WeChat and Alipay; sizes in KB. H5 reports NaN sizes. */
export interface PlatformStorageInfo {
  keys: string[]
  currentSize: number
  limitSize: number
}

/** The platform's synchronous storage calls, raw: what they return is checked here. */
export interface PlatformStorage {
  get(key: string): unknown
  set(key: string, value: string): unknown
  remove(key: string): unknown
  info(): PlatformStorageInfo
}

/**
 * A failed write must fail the caller's unit of work. WeChat throws; Alipay's my.setStorageSync
 * and my.removeStorageSync instead *return* `{ success: false, error, errorMessage }` (Alipay open
 * docs, `@mini-types/my`), which unchecked would let a commit go on half-written.
 */
export function assertWritten(result: unknown, what: string): void {
  if (typeof result !== 'object' || result === null) return
  const { success, errorMessage } = result as { success?: unknown; errorMessage?: unknown }
  if (success !== false) return
  const detail = typeof errorMessage === 'string' && errorMessage !== '' ? `: ${errorMessage}` : ''
  throw new Error(`storage write failed (${what})${detail}`)
}

/**
 * The backend's KeyValueStore on the platform's storage, under one key prefix. Values over the
 * platform's per-key limit are refused before the platform would fail half-way.
 */
export class CheckedKeyValueStore implements KeyValueStore {
  constructor(
    private readonly storage: PlatformStorage,
    private readonly prefix: string,
    private readonly limits: StorageLimits,
  ) {}

  get(key: string): string | null {
    const value = this.storage.get(this.prefix + key)
    return typeof value === 'string' && value !== '' ? value : null
  }

  set(key: string, value: string): void {
    // UTF-8 upper bound: Chinese text is 3 bytes a character.
    if ((key.length + value.length) * 3 > this.limits.maxBytesPerKey) {
      throw new Error(`storage value too large for ${this.limits.platform}: ${key}`)
    }
    assertWritten(this.storage.set(this.prefix + key, value), key)
  }

  remove(key: string): void {
    assertWritten(this.storage.remove(this.prefix + key), key)
  }

  keys(): string[] {
    return this.storage
      .info()
      .keys.filter((k) => k.startsWith(this.prefix))
      .map((k) => k.slice(this.prefix.length))
  }

  freeBytes(): number | undefined {
    const { currentSize, limitSize } = this.storage.info()
    if (!Number.isFinite(currentSize) || !Number.isFinite(limitSize)) return undefined
    return Math.max(0, limitSize - currentSize) * 1024
  }
}
