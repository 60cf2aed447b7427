import type http from 'node:http'

/** Far above any envelope the app sends (the largest input is a few kilobytes). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024
/** An envelope is three levels deep (envelope → input → list); nothing legitimate nears this. */
export const MAX_NESTING = 16

export class BodyTooLarge extends Error {}

/** Reads the body, refusing at once (without buffering it) past `limit` bytes. */
export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge())
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        reject(new BodyTooLarge())
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * Whether JSON text nests deeper than `max` arrays/objects, in one pass over its characters and
 * before anything parses or walks it (string contents, escapes included, are skipped).
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i += 1
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth += 1
      if (depth > max) return true
    } else if (c === 0x7d || c === 0x5d) depth -= 1
  }
  return false
}

/** `application/json`, any parameters (charset) allowed: the one type the clients send. */
export function isJsonContentType(header: string | undefined): boolean {
  return header?.split(';')[0].trim().toLowerCase() === 'application/json'
}
