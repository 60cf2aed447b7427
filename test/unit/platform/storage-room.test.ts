import {
  CheckedKeyValueStore,
  type PlatformStorageInfo,
} from '../../../src/platform/checked-key-value-store'
import { storageLimits } from '../../../src/platform/storage-limits.alipay'

function storeReporting(info: Omit<PlatformStorageInfo, 'keys'>): CheckedKeyValueStore {
  return new CheckedKeyValueStore(
    {
      get: () => null,
      set: () => ({ success: true }),
      remove: () => ({ success: true }),
      info: () => ({ keys: ['yb:a', 'other'], ...info }),
    },
    'yb:',
    storageLimits,
  )
}

describe('free space as getStorageInfoSync reports it (sizes in KB)', () => {
  it('is the limit less what is used, in bytes', () => {
    expect(storeReporting({ currentSize: 2048, limitSize: 10240 }).freeBytes()).toBe(8192 * 1024)
  })

  it('is zero, never negative, when the platform reports more used than allowed', () => {
    expect(storeReporting({ currentSize: 10241, limitSize: 10240 }).freeBytes()).toBe(0)
  })

  it('is unknown where the platform does not say (Taro H5 reports NaN)', () => {
    expect(storeReporting({ currentSize: NaN, limitSize: NaN }).freeBytes()).toBeUndefined()
  })

  it('lists only the keys under its prefix', () => {
    expect(storeReporting({ currentSize: 0, limitSize: 10240 }).keys()).toEqual(['a'])
  })
})
