import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { SqliteStore } from '../../../server/sqlite-store'
import { CERT } from '../../support/public/demo'

const ROOT = join(__dirname, '../../..')
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mock-server-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Running {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** `npm run mock-server -- …`, minus npm: node with tsx's loader, so signals reach the server. */
function startCli(args: string[]): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, output: () => output, exited }
}

async function waitFor(running: Running, pattern: RegExp): Promise<RegExpMatchArray> {
  for (let i = 0; i < 300; i += 1) {
    const match = running.output().match(pattern)
    if (match) return match
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no ${pattern} in: ${running.output()}`)
}

describe('npm run mock-server', () => {
  it('serves POST /api over a database file and shuts down cleanly on SIGTERM', async () => {
    const db = join(dir, 'cli.sqlite')
    const server = startCli(['--port', '0', '--db', db, '--qa'])
    try {
      const [, url] = await waitFor(server, /POST (http:\/\/127\.0\.0\.1:\d+)\/api/)
      await waitFor(server, /QA tools ON/)
      const response = await fetch(`${url}/api`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          infno: '9001',
          msgid: 'cli-1',
          inf_time: '2026-11-23T14:05:00+08:00',
          opter_type: '3',
          input: { certno: CERT.张建国 },
        }),
      })
      expect(await response.json()).toMatchObject({ infcode: 0, inf_refmsgid: 'cli-1' })

      const second = startCli(['--port', '0', '--db', db])
      expect(await second.exited).toBe(1)
      expect(second.output()).toContain('in use by another mock server')

      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
      expect(server.output()).toContain('stopped')
      await waitFor(server, /\d+ms\n/)
      expect(server.output()).not.toContain(CERT.张建国)
    } finally {
      server.child.kill('SIGKILL')
    }
    const store = new SqliteStore(db)
    expect(store.keys().filter((key) => key.startsWith('ses:'))).toHaveLength(1)
    store.close()
  }, 30_000)

  it('without --qa says so and refuses persona login', async () => {
    const server = startCli(['--port', '0'])
    try {
      const [, url] = await waitFor(server, /POST (http:\/\/127\.0\.0\.1:\d+)\/api/)
      await waitFor(server, /QA tools OFF/)
      const response = await fetch(`${url}/api`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          infno: '9001',
          msgid: 'no-qa-1',
          inf_time: '2026-11-23T14:05:00+08:00',
          opter_type: '3',
          input: { certno: CERT.张建国 },
        }),
      })
      expect(await response.json()).toMatchObject({ infcode: -1, err_code: 'E_FORBIDDEN' })
    } finally {
      server.child.kill('SIGKILL')
    }
  }, 30_000)

  it('refuses --qa on a non-loopback host unless --allow-remote-qa, and says why', async () => {
    const refused = startCli(['--port', '0', '--host', '0.0.0.0', '--qa'])
    expect(await refused.exited).toBe(2)
    expect(refused.output()).toContain('refusing --qa on --host 0.0.0.0')
    expect(refused.output()).toContain('--allow-remote-qa')

    const allowed = startCli(['--port', '0', '--host', '0.0.0.0', '--qa', '--allow-remote-qa'])
    try {
      await waitFor(allowed, /QA tools ON/)
    } finally {
      allowed.child.kill('SIGKILL')
    }
  }, 30_000)

  it('explains its arguments', async () => {
    const cli = startCli(['--bogus'])
    expect(await cli.exited).toBe(2)
    expect(cli.output()).toContain('usage: npm run mock-server')
  }, 30_000)
})
