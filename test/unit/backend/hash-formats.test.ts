import { hashPin, verifyPin } from '../../../src/backend/pin-hash'
import { digest, seal, unseal } from '../../../src/backend/storage/integrity'

/** A stored hash written by the earlier hashing library (PIN 147258): it must still verify. */
const STORED_PIN_HASH =
  'pbkdf2-sha256$4000$0f1e2d3c4b5a69788796a5b4c3d2e1f0$c636d62de4b7f278dcddf27bfbf1d13a807f564fb32529759c38fa744869319f'

/** A salt source that hands out the same bytes every time, so a hash is reproducible. */
const fixedBytes = (hex: string) => (length: number) =>
  Uint8Array.from({ length }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16))

describe('PIN hashes keep their stored format', () => {
  it('verifies a hash written before the hashing library changed', () => {
    expect(verifyPin('147258', STORED_PIN_HASH)).toBe(true)
    expect(verifyPin('147259', STORED_PIN_HASH)).toBe(false)
  })

  it('writes the same bytes as before for the same PIN and salt', () => {
    expect(hashPin('147258', fixedBytes('0f1e2d3c4b5a69788796a5b4c3d2e1f0'))).toBe(STORED_PIN_HASH)
  })

  it('derives PBKDF2-HMAC-SHA256 like the published test vector (RFC 7914 §11)', () => {
    // P = "passwd", S = "salt", c = 1, the first 32 bytes of the 64-byte key.
    const stored = `pbkdf2-sha256$1$${Buffer.from('salt').toString('hex')}$55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc`
    expect(verifyPin('passwd', stored)).toBe(true)
  })

  it('refuses a hash of another scheme or with parts missing', () => {
    expect(verifyPin('147258', STORED_PIN_HASH.replace('pbkdf2-sha256', 'pbkdf2-sha1'))).toBe(false)
    expect(verifyPin('147258', 'pbkdf2-sha256$4000$')).toBe(false)
  })
})

describe('storage digests keep their format', () => {
  it('is the first 16 hex digits of SHA-256 (FIPS 180-2 "abc" vector)', () => {
    expect(digest('abc')).toBe('ba7816bf8f01cfea')
  })

  it('reads a value sealed before the hashing library changed', () => {
    const payload = '{"name":"张建国","balance":352640}'
    expect(unseal(`29bc325b49069a4d:${payload}`)).toBe(payload)
    expect(seal(payload)).toBe(`29bc325b49069a4d:${payload}`)
  })
})
