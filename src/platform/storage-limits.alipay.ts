import type { StorageLimits } from './storage-limits'

export type { StorageLimits } from './storage-limits'

// Alipay: 200 KB per key (10 MB per mini-program).
export const storageLimits: StorageLimits = {
  platform: 'alipay',
  maxBytesPerKey: 200 * 1024,
}
