import fc from 'fast-check'

import { storedStringBytes } from '../../../src/backend/utf8'

describe('storedStringBytes: the size of a string stored JSON-encoded in UTF-8', () => {
  it('matches encoding it, for any text (Chinese, emoji, quotes, control characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (a, b) => {
        for (const text of [a, b, `${a}"\\\n\u0001${b}`, `${a}\ud800${b}\udc00`]) {
          expect(storedStringBytes(text)).toBe(Buffer.byteLength(JSON.stringify(text), 'utf8'))
        }
      }),
      { numRuns: 500 },
    )
  })

  it('counts a sealed ledger page as the platform will', () => {
    const page = JSON.stringify({ summary: '定点零售药店购药（生成记录）', amount: -1234 })
    expect(storedStringBytes(page)).toBe(Buffer.byteLength(JSON.stringify(page), 'utf8'))
  })
})
