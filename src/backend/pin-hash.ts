import { equal } from '@stablelib/constant-time'
import { decode as hexToBytes, encode } from '@stablelib/hex'
import { deriveKey } from '@stablelib/pbkdf2'
import { SHA256 } from '@stablelib/sha256'

import type { RandomBytes } from './random'
import { randomHex } from './random'
import { utf8Bytes } from './utf8'

/**
 * K3: only a salted, slow hash of the PIN is kept. PBKDF2-SHA256; the iteration count travels with
 * the hash so it can be raised later. Kept modest because iOS mini-programs run without a JIT.
 */
const ITERATIONS = 4000

export function hashPin(pin: string, randomBytes: RandomBytes): string {
  const salt = randomHex(randomBytes, 16)
  return `pbkdf2-sha256$${ITERATIONS}$${salt}$${derive(pin, salt, ITERATIONS)}`
}

export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, iterations, salt, expected] = stored.split('$')
  if (scheme !== 'pbkdf2-sha256' || !salt || !expected) return false
  return equal(hexToBytes(derive(pin, salt, Number(iterations))), hexToBytes(expected))
}

/** Lower-case hex, as every stored hash has been written since the first release. */
function derive(pin: string, salt: string, iterations: number): string {
  return encode(deriveKey(SHA256, utf8Bytes(pin), hexToBytes(salt), iterations, 32), true)
}
