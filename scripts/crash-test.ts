/**
 * npm run crash-test -- [--cycles 20] [--workers 8]
 *
 * kill -9 under load: a mock server child over one SQLite file takes settlements from concurrent
 * workers and is killed with SIGKILL at a random moment, cycle after cycle. After each restart
 * every request that got no answer is sent again under its msgid (what a client's retry does);
 * at the end each account's balance must equal its start plus its ledger rows, and every
 * settlement must have been charged exactly once. Prints the figures; exits 1 on any problem.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { RequestEnvelope } from '../src/domain/api'
import { balancesReconcile, LoadClient, record, type Totals } from './load-test/load-client'

const ROOT = join(__dirname, '..')

function argsOf(argv: string[]) {
  const args = { cycles: 20, workers: 8 }
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1])
    if (!Number.isInteger(value) || value < 1 || value > 200) throw new Error(`bad ${argv[i]}`)
    if (argv[i] === '--cycles') args.cycles = value
    else if (argv[i] === '--workers') args.workers = value
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  return args
}

function startServer(db: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--db', db, '--qa'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /POST (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(output)
      if (match) {
        child.stdout?.removeAllListeners('data')
        child.stdout?.resume()
        resolve({ child, url: match[1] })
      }
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)))
  })
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.on('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

async function main(): Promise<number> {
  const args = argsOf(process.argv.slice(2))
  const dir = mkdtempSync(join(tmpdir(), 'crash-test-'))
  const db = join(dir, 'crash.sqlite')
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  const totals: Totals = { settled: new Map(), premiums: [], repeats: 0, problems: [] }
  let unanswered: RequestEnvelope[] = []
  let sent = 0
  let retried = 0
  try {
    let { child, url } = await startServer(db, port)
    const setup = new LoadClient(url, 'setup')
    const accounts = await setup.prepareFamily()
    for (let cycle = 0; cycle < args.cycles; cycle += 1) {
      const retry = unanswered
      unanswered = []
      for (const request of retry) {
        record(await setup.send(request), request, totals)
        retried += 1
      }
      let killed = false
      const workers = Array.from({ length: args.workers }, async (_, w) => {
        const client = new LoadClient(url, `k${cycle}-${w}`, setup)
        while (!killed) {
          const request = client.settlement()
          sent += 1
          try {
            record(await client.send(request), request, totals)
          } catch {
            unanswered.push(request)
          }
        }
      })
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 1200))
      killed = true
      await kill(child)
      await Promise.all(workers)
      ;({ child, url } = await startServer(db, port))
    }
    for (const request of unanswered) {
      record(await setup.send(request), request, totals)
      retried += 1
    }
    for (const account of accounts) await balancesReconcile(setup, account, totals)
    await kill(child)
    console.log(
      `${args.cycles} kill -9 cycles, ${sent} settlements sent, ${retried} resent after a kill, ` +
        `${totals.settled.size} charged`,
    )
    if (totals.problems.length === 0) {
      console.log('balances reconcile with the ledger; nothing lost, nothing charged twice')
    }
    totals.problems.forEach((p) => console.error(`PROBLEM: ${p}`))
    return totals.problems.length === 0 ? 0 : 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  },
)
