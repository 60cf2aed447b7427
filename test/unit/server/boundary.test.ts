import net from 'node:net'

import { createMockServer, type MockServer } from '../../../server/http-server'
import { createBackend } from '../../../src/backend'
import { CERT, DEMO_NOW } from '../../support/backend-client'

const servers: MockServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()))
})

async function serve(options: Partial<Parameters<typeof createMockServer>[0]> = {}) {
  const backend = createBackend({ clock: () => DEMO_NOW, qa: true })
  const lines: string[] = []
  const server = createMockServer({ backend, log: (line) => lines.push(line), ...options })
  servers.push(server)
  return { url: await server.start(), backend, lines }
}

function login(msgid: string) {
  return JSON.stringify({
    infno: '9001',
    msgid,
    inf_time: '2026-11-23T14:05:00+08:00',
    opter_type: '3',
    input: { certno: CERT.张建国 },
  })
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/api`, { method: 'POST', headers, body })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text }
}

const JSON_TYPE = { 'Content-Type': 'application/json' }

describe('mock server boundary', () => {
  it('refuses a browser origin it was not configured for, before running anything', async () => {
    const { url, lines } = await serve()
    const foreign = await post(url, login('evil-1'), { ...JSON_TYPE, Origin: 'http://evil.test' })
    expect(foreign.status).toBe(403)
    expect(JSON.parse(foreign.text)).toMatchObject({ err_code: 'E_FORBIDDEN' })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    expect(lines.join('\n')).not.toContain('session.login')
    const preflight = await fetch(`${url}/api`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.test', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(403)
  })

  it('answers configured origins and clients that send none (mini-programs, scripts)', async () => {
    const { url } = await serve({ allowedOrigins: ['http://qa.lan:9000'] })
    const allowed = await post(url, login('o-1'), { ...JSON_TYPE, Origin: 'http://qa.lan:9000' })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://qa.lan:9000')
    expect(allowed.headers.get('vary')).toBe('Origin')
    expect((await post(url, login('o-2'), JSON_TYPE)).status).toBe(200)
    const dev = await post(url, login('o-3'), { ...JSON_TYPE, Origin: 'http://127.0.0.1:10086' })
    expect(dev.status).toBe(403)
  })

  it.each([
    ['no content type', {}],
    ['text/plain (a form or a simple cross-site request)', { 'Content-Type': 'text/plain' }],
    ['a form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
  ])('refuses a body with %s: 415 E_BAD_REQUEST', async (_, headers) => {
    const { url, lines } = await serve()
    const { status, text } = await post(url, login('t-1'), headers)
    expect(status).toBe(415)
    expect(JSON.parse(text)).toMatchObject({ err_code: 'E_BAD_REQUEST' })
    expect(lines.join('\n')).not.toContain('session.login')
  })

  it('accepts application/json with a charset', async () => {
    const { url } = await serve()
    const typed = { 'Content-Type': 'application/json; charset=utf-8' }
    expect((await post(url, login('cs-1'), typed)).status).toBe(200)
  })

  it('refuses deep nesting with 400 before parsing, and stays up', async () => {
    const { url } = await serve()
    const deep = `{"infno":"9001","msgid":"d","input":${'['.repeat(20_000)}${']'.repeat(20_000)}}`
    const { status, text } = await post(url, deep, JSON_TYPE)
    expect(status).toBe(400)
    expect(JSON.parse(text)).toMatchObject({
      err_code: 'E_BAD_REQUEST',
      err_msg: expect.stringContaining('body'),
    })
    expect((await post(url, login('after-deep'), JSON_TYPE)).status).toBe(200)
  })

  it('counts brackets inside strings as text, not nesting', async () => {
    const { url } = await serve()
    const body = JSON.stringify({ ...JSON.parse(login('s-1')), note: '[[[[{{{{'.repeat(100) })
    expect((await post(url, body, JSON_TYPE)).status).toBe(200)
  })

  it('refuses a body over the limit by its declared length with 413 and closes', async () => {
    const { url } = await serve({ maxBodyBytes: 1024 })
    const { status, headers } = await post(url, 'x'.repeat(5000), JSON_TYPE)
    expect(status).toBe(413)
    expect(headers.get('connection')).toBe('close')
  })

  it('drops a client that never finishes its headers (slow-loris) after the headers timeout', async () => {
    const { url } = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600 })
    const { port } = new URL(url)
    const socket = net.connect(Number(port), '127.0.0.1')
    socket.write('POST /api HTTP/1.1\r\nHost: x\r\n')
    const closed = new Promise<string>((resolve) => {
      let reply = ''
      socket.on('data', (c: Buffer) => (reply += c.toString()))
      socket.on('close', () => resolve(reply))
    })
    const tick = setInterval(() => socket.write('X-Slow: 1\r\n'), 100)
    try {
      expect(await closed).toMatch(/^HTTP\/1\.1 408/)
    } finally {
      clearInterval(tick)
    }
  }, 10_000)

  it('refuses connections past the cap instead of letting them starve the others', async () => {
    const { url } = await serve({ maxConnections: 2 })
    const { port } = new URL(url)
    const open = [net.connect(Number(port), '127.0.0.1'), net.connect(Number(port), '127.0.0.1')]
    await Promise.all(open.map((s) => new Promise((r) => s.on('connect', r))))
    const third = net.connect(Number(port), '127.0.0.1')
    const closed = await new Promise<boolean>((resolve) => {
      third.on('close', () => resolve(true))
      third.on('error', () => resolve(true))
      third.write('GET /api HTTP/1.1\r\nHost: x\r\n\r\n')
    })
    expect(closed).toBe(true)
    open.forEach((s) => s.destroy())
  }, 10_000)
})
