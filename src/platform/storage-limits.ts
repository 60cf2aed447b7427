/** Storage limits of the platform the app runs on (the weapp/alipay/h5 twins say which). */
export interface StorageLimits {
  platform: string
  maxBytesPerKey: number
  maxBytesTotal: number
}

export const storageLimits: StorageLimits = {
  platform: 'h5',
  maxBytesPerKey: 5 * 1024 * 1024,
  maxBytesTotal: 5 * 1024 * 1024,
}
