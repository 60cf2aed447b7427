/**
 * UTF-8 encoding without TextEncoder, which some mini-program base libraries (and jsdom) lack.
 */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
        i += 1
      }
    }
    if (code < 0x80) out.push(code)
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63))
    else if (code < 0x10000) {
      out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
    } else {
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      )
    }
  }
  return Uint8Array.from(out)
}

/** \b \t \n \f \r: the control characters JSON escapes in two characters, not as \u00XX. */
const SHORT_ESCAPES = [0x08, 0x09, 0x0a, 0x0c, 0x0d]

/**
 * How many bytes `text` takes once stored as the mini-programs store a string: JSON-encoded, in
 * UTF-8. Counted without encoding it (a commit may be megabytes).
 */
export function storedStringBytes(text: string): number {
  let bytes = 2
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code === 0x22 || code === 0x5c) bytes += 2
    else if (code < 0x20) bytes += SHORT_ESCAPES.includes(code) ? 2 : 6
    else if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code < 0xd800 || code > 0xdfff) bytes += 3
    else if (isPair(text, i)) {
      // A surrogate pair is one 4-byte character.
      bytes += 4
      i += 1
    } else bytes += 6 // a lone surrogate is written as \uXXXX
  }
  return bytes
}

function isPair(text: string, i: number): boolean {
  const high = text.charCodeAt(i)
  const low = text.charCodeAt(i + 1)
  return high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}
