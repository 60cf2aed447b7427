/** Random bytes for tokens, salts and ids: the platform's CSPRNG where it has one. */
export type RandomBytes = (length: number) => Uint8Array

/**
 * WebCrypto by its bare name: browsers and Node have it, mini-program engines do not (and Alipay's
 * forbids reaching it through `globalThis`), so `typeof` decides without touching the global.
 */
export const defaultRandomBytes: RandomBytes = (length) => {
  const bytes = new Uint8Array(length)
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
    return crypto.getRandomValues(bytes)
  }
  for (let i = 0; i < length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}

export function randomHex(randomBytes: RandomBytes, length: number): string {
  return Array.from(randomBytes(length), (b) => b.toString(16).padStart(2, '0')).join('')
}
