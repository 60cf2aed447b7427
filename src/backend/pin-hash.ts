import { pbkdf2 } from '@noble/hashes/pbkdf2'
import { sha256 } from '@noble/hashes/sha256'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils'

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
  return constantTimeEqual(hexToBytes(derive(pin, salt, Number(iterations))), hexToBytes(expected))
}

function derive(pin: string, salt: string, iterations: number): string {
  return bytesToHex(pbkdf2(sha256, utf8Bytes(pin), hexToBytes(salt), { c: iterations, dkLen: 32 }))
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i += 1) diff |= a[i] ^ b[i]
  return diff === 0
}
