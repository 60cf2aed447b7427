import type { KeyValueStore } from '../../src/backend/storage/key-value-store'
import {
  CheckedKeyValueStore,
  type PlatformStorage,
} from '../../src/platform/checked-key-value-store'
import { storageLimits } from '../../src/platform/storage-limits.alipay'

/**
 * Which write (set or remove, counted from 0) goes wrong. `crashAt`: the process dies there,
 * every later call fails too, and the test relaunches over `inner`. `failAt`/`failCount`: those
 * writes fail and the process lives on. `quotaBytes`: a set that would make keys plus values
 * exceed it fails, as a full platform storage does.
 */
export interface FaultPlan {
  crashAt?: number
  failAt?: number
  failCount?: number
  quotaBytes?: number
}

export class FaultyStore implements KeyValueStore {
  writes = 0
  dead = false

  constructor(
    readonly inner: KeyValueStore,
    public plan: FaultPlan = {},
  ) {}

  get(key: string): string | null {
    this.alive()
    return this.inner.get(key)
  }

  keys(): string[] {
    this.alive()
    return this.inner.keys()
  }

  set(key: string, value: string): void {
    this.step()
    const quota = this.plan.quotaBytes
    if (quota !== undefined) {
      const old = this.inner.get(key)
      const next = usedBytes(this.inner) - (old === null ? 0 : key.length + old.length)
      if (next + key.length + value.length > quota) throw new Error('storage quota exceeded')
    }
    this.inner.set(key, value)
  }

  remove(key: string): void {
    this.step()
    this.inner.remove(key)
  }

  private alive(): void {
    if (this.dead) throw new Error('process died')
  }

  private step(): void {
    this.alive()
    const n = this.writes
    this.writes += 1
    if (n === this.plan.crashAt) {
      this.dead = true
      throw new Error('process died')
    }
    const { failAt, failCount = 1 } = this.plan
    if (failAt !== undefined && n >= failAt && n < failAt + failCount) {
      throw new Error('storage write failed')
    }
  }
}

export function usedBytes(kv: KeyValueStore): number {
  return kv.keys().reduce((sum, key) => sum + key.length + (kv.get(key)?.length ?? 0), 0)
}

/** Every stored key and raw value, sorted: the whole truth of a store. */
export function dump(kv: KeyValueStore): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of kv.keys().sort()) out[key] = kv.get(key) ?? ''
  return out
}

/** Flips one character of a stored value, as a bad flash cell or a torn write would. */
export function corrupt(kv: KeyValueStore, key: string): void {
  const value = kv.get(key)
  if (value === null) throw new Error(`no key ${key}`)
  const at = Math.floor(value.length * 0.6)
  kv.set(key, value.slice(0, at) + (value[at] === '0' ? '1' : '0') + value.slice(at + 1))
}

/** How the platform reports a failed write: WeChat throws, Alipay returns `{ success: false }`. */
export type FailureShape = 'throws' | 'alipay'

/**
 * The faults of `faulty` as Alipay's my.setStorageSync / removeStorageSync report them: returned
 * as `{ success: false, error, errorMessage }`, not thrown (a crash still ends the process). The
 * app's CheckedKeyValueStore must turn them back into a failed unit of work.
 */
export function alipayShaped(faulty: FaultyStore): PlatformStorage {
  const returned = (write: () => void) => {
    try {
      write()
      return { success: true }
    } catch (error) {
      if (faulty.dead) throw error
      return { success: false, error: 15, errorMessage: (error as Error).message }
    }
  }
  return {
    get: (key) => faulty.get(key),
    set: (key, value) => returned(() => faulty.set(key, value)),
    remove: (key) => returned(() => faulty.remove(key)),
    // my.getStorageInfoSync: sizes in whole KB, used rounded up and the limit down (a 10 MB
    // limit when the plan sets no quota).
    info: () => ({
      keys: faulty.keys(),
      currentSize: Math.ceil(usedBytes(faulty.inner) / 1024),
      limitSize: Math.floor((faulty.plan.quotaBytes ?? 10 * 1024 * 1024) / 1024),
    }),
  }
}

/** The store the backend sees over `faulty`, failing in the given shape. */
export function storeWithShape(faulty: FaultyStore, shape: FailureShape): KeyValueStore {
  if (shape === 'throws') return faulty
  return new CheckedKeyValueStore(alipayShaped(faulty), '', storageLimits)
}
