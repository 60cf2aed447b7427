import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Backend } from '../src/backend'
import { parseEnvelope } from '../src/backend/envelope'
import type { AnswerEnvelope } from '../src/domain/api'
import { DomainError } from '../src/domain/errors'
import { toIsoShanghai } from '../src/domain/shanghai-time'
import { reportUnexpected } from '../src/domain/unexpected'
import { formatRequestLog, type RequestLog } from './request-log'

export interface MockServerOptions {
  backend: Backend
  /** 0 picks a free port. */
  port?: number
  host?: string
  /** One line per request; defaults to stdout. */
  log?: (line: string) => void
  maxBodyBytes?: number
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
 * The mock 医保 gateway: `POST /api` with a request envelope, the answer envelope back. HTTP 200
 * for every well-formed envelope (business errors included), 400 when the body is not one, 413
 * when it is too large. CORS is open because the H5 app is served from another port.
 */
export function createMockServer(options: MockServerOptions): MockServer {
  const host = options.host ?? '127.0.0.1'
  const grace = options.shutdownGraceMs ?? 5000
  const api = {
    backend: options.backend,
    log: options.log ?? ((line: string) => console.log(line)),
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    stopping: false,
  }
  const server = http.createServer((req, res) => route(api, req, res))
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
  setCors(res)
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end()
  } else if (req.url?.split('?')[0] !== '/api') {
    send(404, failure('', 'E_NOT_FOUND'))
  } else if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST, OPTIONS')
    send(405, failure('', 'E_BAD_REQUEST', { 字段: 'method' }))
  } else {
    readBody(req, api.maxBodyBytes).then(
      async (body) => {
        const entry = await answer(api.backend, body, send)
        finish(entry)
      },
      () => {
        send(413, failure('', 'E_BAD_REQUEST', { 字段: 'body' }))
        finish({ status: 413, ms: 0 })
      },
    )
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
  code: 'E_BAD_REQUEST' | 'E_NOT_FOUND' | 'E_SERVER',
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

function setCors(res: http.ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS')
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type')
  res.setHeader('Access-Control-Max-Age', '600')
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) reject(new Error('body too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
