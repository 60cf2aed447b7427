import { encode } from '@stablelib/hex'
import { hash } from '@stablelib/sha256'

import { utf8Bytes } from '../utf8'

/** Every stored value carries a short digest so corruption is detected, never silently read. */
const DIGEST_CHARS = 16

export function digest(text: string): string {
  return encode(hash(utf8Bytes(text)), true).slice(0, DIGEST_CHARS)
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
