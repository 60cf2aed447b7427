import { createHash } from 'node:crypto'

/** node:crypto's SHA-256 of the UTF-8 text, in lower-case hex like the portable one. */
export function nativeSha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
