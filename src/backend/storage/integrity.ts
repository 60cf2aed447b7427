import { encode } from '@stablelib/hex'
import { hash } from '@stablelib/sha256'

import { utf8Bytes } from '../utf8'

/** Every stored value carries a short digest so corruption is detected, never silently read. */
const DIGEST_CHARS = 16

/**
 * A digest catches damage (a torn write, a flipped bit), not tampering: anyone who can edit the
 * store can recompute it. The store is trusted; the digest only makes damage loud.
 */
export function digest(text: string): string {
  return hashHex(text).slice(0, DIGEST_CHARS)
}

type Sha256Hex = (text: string) => string

/** Pure JavaScript, so it runs on every mini-program engine (no BigInt, no native crypto). */
export const portableSha256Hex: Sha256Hex = (text) => encode(hash(utf8Bytes(text)), true)

let sha256Hex: Sha256Hex = portableSha256Hex

/**
 * Replaces the SHA-256 implementation with one giving the same hex for the same UTF-8 text: the
 * mock server installs node:crypto's, which is native and several times faster.
 */
export function installSha256(implementation: Sha256Hex): void {
  sha256Hex = implementation
}

/** The full SHA-256 of `text` in hex (session tokens are stored only as this). */
export function hashHex(text: string): string {
  return sha256Hex(text)
}

export function seal(payload: string): string {
  return `${digest(payload)}:${payload}`
}

/** The payload of a sealed value, or null when the value was altered or truncated. */
export function unseal(stored: string): string | null {
  const sep = stored.indexOf(':')
  if (sep !== DIGEST_CHARS) return null
  const payload = stored.slice(sep + 1)
  return digest(payload) === stored.slice(0, sep) ? payload : null
}
