import fc from 'fast-check'

import { nativeSha256Hex } from '../../../server/native-sha256'
import { portableSha256Hex } from '../../../src/backend/storage/integrity'

describe("the server's native SHA-256", () => {
  it('gives the portable hash for any text, so stores move between app and server', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(nativeSha256Hex(a)).toBe(portableSha256Hex(a))
        expect(nativeSha256Hex(b)).toBe(portableSha256Hex(b))
      }),
      { numRuns: 500 },
    )
  })

  it('matches the FIPS 180-2 test vector', () => {
    expect(nativeSha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
})
