import type { StorageLimits } from './storage-limits'

export type { StorageLimits } from './storage-limits'

// WeChat: 1 MB per key (10 MB per mini-program).
export const storageLimits: StorageLimits = {
  platform: 'weapp',
  maxBytesPerKey: 1024 * 1024,
}
