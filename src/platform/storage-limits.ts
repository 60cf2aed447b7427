/**
 * The per-key storage limit of the platform the app runs on. This file serves H5 (localStorage,
 * about 5 MB in all); the .weapp.ts and .alipay.ts twins replace it in the mini-program builds.
 */
export interface StorageLimits {
  platform: string
  maxBytesPerKey: number
}

export const storageLimits: StorageLimits = {
  platform: 'h5',
  maxBytesPerKey: 5 * 1024 * 1024,
}
