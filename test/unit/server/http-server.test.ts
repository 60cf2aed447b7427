import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { createMockServer, type MockServer } from '../../../server/http-server'
import { SqliteStore } from '../../../server/sqlite-store'
import { createBackend } from '../../../src/backend'
import type { AnswerEnvelope } from '../../../src/domain/api'
import { CERT, DEMO_NOW } from '../../support/public/demo'

const servers: MockServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()))
})

async function serve(options: { lines?: string[]; store?: SqliteStore } = {}) {
  const backend = createBackend({ clock: () => DEMO_NOW, store: options.store })
  const lines = options.lines ?? []
  const server = createMockServer({ backend, log: (line) => lines.push(line) })
  servers.push(server)
  return { url: await server.start(), server, lines }
}

function envelope(infno: string, msgid: string, input: unknown, token?: string) {
  return { infno, msgid, inf_time: '2026-11-23T14:05:00+08:00', opter_type: '3', token, input }
}

async function post(url: string, body: string | object, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:10086', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, headers: response.headers, answer: await response.json() }
}

async function login(url: string, msgid = 'login-1'): Promise<string> {
  const { answer } = await post(url, envelope('9001', msgid, { certno: CERT.张建国 }))
  return (answer as AnswerEnvelope<{ token: string }>).output?.token ?? ''
}

describe('mock server: POST /api', () => {
  it('answers every well-formed envelope with HTTP 200, business errors included', async () => {
    const { url } = await serve()
    const ok = await post(url, envelope('9001', 'm1', { certno: CERT.张建国 }))
    expect(ok.status).toBe(200)
    expect(ok.answer).toMatchObject({ infcode: 0, inf_refmsgid: 'm1' })
    const refused = await post(url, envelope('1101', 'm2', {}))
    expect(refused).toMatchObject({ status: 200, answer: { err_code: 'E_NOT_LOGGED_IN' } })
    const unknown = await post(url, envelope('0000', 'm3', {}))
    expect(unknown).toMatchObject({ status: 200, answer: { err_code: 'E_BAD_REQUEST' } })
  })

  it.each([
    ['not JSON', '{"infno":'],
    ['not an object', '[1,2]'],
    ['without a msgid', JSON.stringify({ infno: '1101', opter_type: '3', inf_time: 'x' })],
    ['with a wrong opter_type', JSON.stringify({ ...envelope('1101', 'm', {}), opter_type: '1' })],
  ])('answers a body %s with 400 and an E_BAD_REQUEST envelope', async (_, body) => {
    const { url } = await serve()
    const { status, answer } = await post(url, body)
    expect(status).toBe(400)
    expect(answer).toMatchObject({ infcode: -1, err_code: 'E_BAD_REQUEST' })
  })

  it('refuses bodies over the size limit with 413', async () => {
    const { url } = await serve()
    const huge = envelope('9001', 'big', { certno: 'x'.repeat(2 * 1024 * 1024) })
    const { status } = await post(url, huge)
    expect(status).toBe(413)
  })

  it('serves only POST /api', async () => {
    const { url } = await serve()
    expect((await fetch(`${url}/api`)).status).toBe(405)
    expect((await fetch(`${url}/other`, { method: 'POST', body: '{}' })).status).toBe(404)
  })

  it('lets the H5 app on another port call it (CORS, preflight)', async () => {
    const { url } = await serve()
    const preflight = await fetch(`${url}/api`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:10086',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i)
    const { headers } = await post(url, envelope('1101', 'c1', {}))
    expect(headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086')
  })

  it('logs infno, name, msgid, outcome and time, never inputs, tokens or ID numbers', async () => {
    const lines: string[] = []
    const { url } = await serve({ lines })
    const token = await login(url)
    await post(url, envelope('1101', 'info-1', {}, token))
    await post(
      url,
      envelope('5312', `pin-${CERT.刘强}`, { old_pin: '000000', new_pin: '864213' }, token),
    )
    await post(url, 'garbage')
    expect(lines[0]).toMatch(/ 200 9001 session\.login msgid=login-1 0 \d+ms$/)
    expect(lines[1]).toMatch(/ 200 1101 person\.info msgid=info-1 0 \d+ms$/)
    expect(lines[3]).toMatch(/ 400 /)
    const all = lines.join('\n')
    for (const secret of [CERT.张建国, CERT.刘强, token, '000000', '864213']) {
      expect(all).not.toContain(secret)
    }
  })

  it('repeats the first answer for a repeated msgid (the retry a lost response causes)', async () => {
    const { url } = await serve()
    const first = await post(url, envelope('9103', 'same', { time: '2026-11-24T09:00:00+08:00' }))
    const again = await post(url, envelope('9103', 'same', { time: '2026-11-24T09:00:00+08:00' }))
    expect(again.answer).toEqual(first.answer)
  })

  it('keeps the state in SQLite across a restart: sessions and remembered answers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mock-server-')), 'state.sqlite')
    const store = new SqliteStore(file)
    const first = await serve({ store })
    const token = await login(first.url)
    const clock = envelope('9103', 'clock-1', { time: '2026-11-24T09:00:00+08:00' })
    const moved = (await post(first.url, clock)).answer
    await first.server.stop()
    store.close()

    const reopened = new SqliteStore(file)
    const second = await serve({ store: reopened })
    const info = (await post(second.url, envelope('1101', 'info-1', {}, token))).answer
    expect(info).toMatchObject({ infcode: 0, output: { psn_name: '张建国' } })
    expect((await post(second.url, clock)).answer).toEqual(moved)
    await second.server.stop()
    reopened.close()
    rmSync(dirname(file), { recursive: true, force: true })
  })

  it('finishes a request in flight before stopping, then refuses new ones', async () => {
    const { url, server } = await serve()
    const { port } = new URL(url)
    const body = JSON.stringify(envelope('9001', 'slow', { certno: CERT.张建国 }))
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const headers = { 'Content-Type': 'application/json' }
      const target = { host: '127.0.0.1', port, path: '/api', method: 'POST', headers }
      const req = http.request(target, (res) => {
        let text = ''
        res.on('data', (c: Buffer) => (text += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      req.on('error', reject)
      req.write(body.slice(0, 20))
      setTimeout(() => req.end(body.slice(20)), 200)
    })
    await new Promise((r) => setTimeout(r, 50))
    const stopped = server.stop()
    const { status, text } = await answered
    await stopped
    expect(status).toBe(200)
    expect(JSON.parse(text)).toMatchObject({ infcode: 0, inf_refmsgid: 'slow' })
    await expect(fetch(`${url}/api`, { method: 'POST', body: '{}' })).rejects.toThrow()
  })
})
