import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Backend } from '../src/backend'
import { parseEnvelope } from '../src/backend/envelope'
import { installSha256 } from '../src/backend/storage/integrity'
import type { AnswerEnvelope } from '../src/domain/api'
import { DomainError } from '../src/domain/errors'
import { toIsoShanghai } from '../src/domain/shanghai-time'
import { reportUnexpected } from '../src/domain/unexpected'
import { lineLog } from './line-log'
import { nativeSha256Hex } from './native-sha256'
import { DEFAULT_ORIGINS, originAllowed } from './origins'
import {
  BodyTooLarge,
  DEFAULT_MAX_BODY_BYTES,
  isJsonContentType,
  MAX_NESTING,
  nestsDeeperThan,
  readBody,
} from './request-limits'
import { formatRequestLog, type RequestLog } from './request-log'

export interface MockServerOptions {
  backend: Backend
  /** 0 picks a free port. */
  port?: number
  host?: string
  /** One line per request; defaults to stdout, written without blocking the answers. */
  log?: (line: string) => void
  maxBodyBytes?: number
  /** Browser origins that may call the server (default: the H5 dev origins). */
  allowedOrigins?: readonly string[]
  /** Open connections beyond this are refused, so idle or slow sockets cannot starve the rest. */
  maxConnections?: number
  /** A client must send its headers within this, and its whole request within `requestTimeoutMs`. */
  headersTimeoutMs?: number
  requestTimeoutMs?: number
  /** How long `stop` waits for requests in flight before cutting connections. */
  shutdownGraceMs?: number
}

export interface MockServer {
  /** Resolves with the base URL (without /api) once listening. */
  start(): Promise<string>
  /** Stops accepting, lets requests in flight finish, then closes every connection. */
  stop(): Promise<void>
  readonly url: string
}

/**
 * The mock 医保 gateway: `POST /api` with a JSON request envelope, the answer envelope back. HTTP
 * 200 for every well-formed envelope (business errors included), 400 when the body is not one,
 * 413 when it is too large, 415 when it is not JSON, 403 from a browser origin not allowed.
 * Size and nesting are checked before anything parses the body.
 */
export function createMockServer(options: MockServerOptions): MockServer {
  // Sealing hashes every stored value: native hashing is the same digest at a fraction of the CPU.
  installSha256(nativeSha256Hex)
  const host = options.host ?? '127.0.0.1'
  const grace = options.shutdownGraceMs ?? 5000
  const defaultLog = options.log ? null : lineLog()
  const api: Api = {
    backend: options.backend,
    log: options.log ?? defaultLog ?? (() => undefined),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    origins: options.allowedOrigins ?? DEFAULT_ORIGINS,
    stopping: false,
  }
  const headersTimeout = options.headersTimeoutMs ?? 10_000
  const server = http.createServer(
    {
      headersTimeout,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      // Node checks the two timeouts only this often (30 s by default).
      connectionsCheckingInterval: Math.min(1000, headersTimeout / 2),
    },
    (req, res) => route(api, req, res),
  )
  server.maxConnections = options.maxConnections ?? 1000
  let url = ''

  return {
    get url() {
      return url
    },
    start() {
      return new Promise<string>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 0, host, () => {
          server.off('error', reject)
          const { port } = server.address() as AddressInfo
          url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
          resolve(url)
        })
      })
    },
    stop() {
      return new Promise<void>((resolve) => {
        if (!server.listening) {
          resolve()
          return
        }
        api.stopping = true
        const force = setTimeout(() => server.closeAllConnections(), grace)
        force.unref()
        server.close(() => {
          clearTimeout(force)
          defaultLog?.flush()
          resolve()
        })
        server.closeIdleConnections()
      })
    },
  }
}

interface Api {
  backend: Backend
  log: (line: string) => void
  maxBodyBytes: number
  origins: readonly string[]
  stopping: boolean
}

function route(api: Api, req: http.IncomingMessage, res: http.ServerResponse): void {
  const started = Date.now()
  const send = (status: number, reply: AnswerEnvelope) => {
    // While stopping, an answered connection must not linger as an idle keep-alive one.
    if (api.stopping) res.setHeader('Connection', 'close')
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(reply))
  }
  const finish = (entry: RequestLog) => {
    entry.ms = Date.now() - started
    api.log(formatRequestLog(entry))
  }
  const origin = req.headers.origin
  if (!originAllowed(origin, api.origins)) {
    send(403, failure('', 'E_FORBIDDEN'))
    finish({ status: 403, ms: 0 })
    return
  }
  if (origin !== undefined) setCors(res, origin)
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end()
  } else if (req.url?.split('?')[0] !== '/api') {
    send(404, failure('', 'E_NOT_FOUND'))
  } else if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST, OPTIONS')
    send(405, failure('', 'E_BAD_REQUEST', { 字段: 'method' }))
  } else if (!isJsonContentType(req.headers['content-type'])) {
    refuse(415, 'content-type')
  } else {
    readBody(req, api.maxBodyBytes).then(
      async (body) => {
        if (nestsDeeperThan(body, MAX_NESTING)) {
          send(400, failure('', 'E_BAD_REQUEST', { 字段: 'body' }))
          finish({ status: 400, ms: 0 })
          return
        }
        const entry = await answer(api.backend, body, send)
        finish(entry)
      },
      (error: unknown) => refuse(error instanceof BodyTooLarge ? 413 : 400, 'body'),
    )
  }

  /** Refused before the body is read: the connection closes rather than drain what is left. */
  function refuse(status: number, field: string) {
    res.setHeader('Connection', 'close')
    send(status, failure('', 'E_BAD_REQUEST', { 字段: field }))
    finish({ status, ms: 0 })
  }
}

async function answer(
  backend: Backend,
  body: string,
  send: (status: number, answer: AnswerEnvelope) => void,
): Promise<RequestLog> {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    send(400, failure('', 'E_BAD_REQUEST', { 字段: 'body' }))
    return { status: 400, ms: 0 }
  }
  const entry: RequestLog = { status: isEnvelope(parsed) ? 200 : 400, ms: 0 }
  if (typeof parsed === 'object' && parsed !== null) {
    const { infno, msgid } = parsed as Record<string, unknown>
    if (typeof infno === 'string') entry.infno = infno
    if (typeof msgid === 'string') entry.msgid = msgid
  }
  let reply: AnswerEnvelope
  try {
    reply = await backend.handle(parsed)
  } catch (error) {
    reportUnexpected(error)
    entry.status = 500
    reply = failure(entry.msgid ?? '', 'E_SERVER')
  }
  entry.infcode = reply.infcode
  entry.errCode = reply.err_code
  send(entry.status, reply)
  return entry
}

function isEnvelope(body: unknown): boolean {
  try {
    parseEnvelope(body)
    return true
  } catch {
    return false
  }
}

function failure(
  msgid: string,
  code: 'E_BAD_REQUEST' | 'E_NOT_FOUND' | 'E_SERVER' | 'E_FORBIDDEN',
  params = {},
): AnswerEnvelope {
  return {
    infcode: -1,
    err_code: code,
    err_msg: new DomainError(code, params).message,
    inf_refmsgid: msgid,
    respond_time: toIsoShanghai(Date.now()),
  }
}

function setCors(res: http.ServerResponse, origin: string): void {
  res.setHeader('Access-Control-Allow-Origin', origin)
  res.setHeader('Vary', 'Origin')
  res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS')
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type')
  res.setHeader('Access-Control-Max-Age', '600')
}
