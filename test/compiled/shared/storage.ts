/** The platform's key-value storage as the app sees it: values survive as JSON, quotas apply. */
export interface StorageLimits {
  maxBytesPerKey: number
  maxBytesTotal: number
}

export const WECHAT_STORAGE: StorageLimits = {
  maxBytesPerKey: 1024 * 1024,
  maxBytesTotal: 10 * 1024 * 1024,
}
export const ALIPAY_STORAGE: StorageLimits = {
  maxBytesPerKey: 200 * 1024,
  maxBytesTotal: 10 * 1024 * 1024,
}

export class StorageQuotaError extends Error {}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

export class MockStorage {
  private readonly items: Map<string, string>
  readonly limits: StorageLimits
  /** Writes refused for the total quota: an app that checks free space first makes none. */
  quotaRefusals = 0

  constructor(limits: StorageLimits, items: ReadonlyMap<string, string> = new Map()) {
    this.limits = { ...limits }
    this.items = new Map(items)
  }

  /** Leaves only `bytes` free from now on, as a phone whose storage other data has filled. */
  leaveFree(bytes: number): void {
    this.limits.maxBytesTotal = this.bytesUsed + bytes
  }

  has(key: string): boolean {
    return this.items.has(key)
  }

  /** The stored value, deserialised as a fresh copy (like a real client reading from disk). */
  get(key: string): unknown {
    const raw = this.items.get(key)
    return raw === undefined ? undefined : JSON.parse(raw)
  }

  set(key: string, value: unknown): void {
    const raw = JSON.stringify(value ?? null)
    const size = utf8Length(key) + utf8Length(raw)
    if (size > this.limits.maxBytesPerKey) {
      throw new StorageQuotaError(`storage: ${key} is ${size} bytes, over the per-key limit`)
    }
    const previous = this.items.get(key)
    const before = previous === undefined ? 0 : utf8Length(key) + utf8Length(previous)
    if (this.bytesUsed - before + size > this.limits.maxBytesTotal) {
      this.quotaRefusals += 1
      throw new StorageQuotaError('storage: total quota exceeded')
    }
    this.items.set(key, raw)
  }

  remove(key: string): void {
    this.items.delete(key)
  }

  clear(): void {
    this.items.clear()
  }

  keys(): string[] {
    return [...this.items.keys()]
  }

  get bytesUsed(): number {
    let total = 0
    this.items.forEach((raw, key) => {
      total += utf8Length(key) + utf8Length(raw)
    })
    return total
  }

  /** Platform-style info: sizes in KB. */
  info(): { keys: string[]; currentSize: number; limitSize: number } {
    return {
      keys: this.keys(),
      currentSize: Math.ceil(this.bytesUsed / 1024),
      limitSize: Math.floor(this.limits.maxBytesTotal / 1024),
    }
  }

  /** An independent copy: what a relaunched client would find on disk. */
  clone(): MockStorage {
    return new MockStorage(this.limits, this.items)
  }
}
