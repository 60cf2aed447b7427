/** Random bytes for tokens, salts and ids: the platform's CSPRNG where it has one. */
export type RandomBytes = (length: number) => Uint8Array

interface CryptoLike {
  getRandomValues<T extends Uint8Array>(array: T): T
}

export const defaultRandomBytes: RandomBytes = (length) => {
  const bytes = new Uint8Array(length)
  const cryptoObject = (globalThis as { crypto?: CryptoLike }).crypto
  if (cryptoObject && typeof cryptoObject.getRandomValues === 'function') {
    return cryptoObject.getRandomValues(bytes)
  }
  for (let i = 0; i < length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}

export function randomHex(randomBytes: RandomBytes, length: number): string {
  return Array.from(randomBytes(length), (b) => b.toString(16).padStart(2, '0')).join('')
}
