import fs from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStaticServer } = require('../../../scripts/serve-static.js') as {
  createStaticServer: (root: string) => Server
}

let dir = ''
let server: Server
let port = 0

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-static-'))
  fs.mkdirSync(path.join(dir, 'h5'))
  fs.mkdirSync(path.join(dir, 'h5-http'))
  fs.writeFileSync(path.join(dir, 'h5', 'index.html'), 'the app')
  fs.writeFileSync(path.join(dir, 'h5-http', 'secret.txt'), 'sibling folder')
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'outside')
  server = createStaticServer(path.join(dir, 'h5'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Sends the request line as written: fetch would normalise `..` and bad escapes away. */
function rawGet(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let reply = ''
    socket.on('data', (c: Buffer) => (reply += c.toString()))
    socket.on('error', reject)
    socket.on('end', () => {
      const [head, body = ''] = reply.split('\r\n\r\n')
      resolve({ status: Number(head.split(' ')[1]), body })
    })
    socket.write(`GET ${target} HTTP/1.0\r\nHost: x\r\n\r\n`)
  })
}

describe('scripts/serve-static.js', () => {
  it.each(['/%', '/%zz', '/a%E0%A4%A', '/%00'])('answers 400 to the bad escape %s', async (t) => {
    expect((await rawGet(t)).status).toBe(400)
    expect((await rawGet('/')).body).toBe('the app')
  })

  it.each([
    '/../h5-http/secret.txt',
    '/%2e%2e/h5-http/secret.txt',
    '/..%2fh5-http%2fsecret.txt',
    '/%2e%2e/outside.txt',
  ])('never serves outside its root: %s', async (target) => {
    const { status, body } = await rawGet(target)
    expect(body).not.toMatch(/sibling folder|outside/)
    expect([403, 200]).toContain(status)
  })

  it('serves the app for unknown paths (hash routing)', async () => {
    expect(await rawGet('/some/page')).toEqual({ status: 200, body: 'the app' })
  })
})
