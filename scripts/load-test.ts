/**
 * npx tsx scripts/load-test.ts [--clients 8] [--rounds 25] [--max-seconds 60] [--url http://127.0.0.1:PORT]
 *
 * Bounded loopback load on one mock server: concurrent clients settle (2207), pay a premium
 * (5311) and repeat msgids, as retries after lost answers do. Afterwards every account's
 * balance must equal its starting balance plus its new ledger rows, each settlement and the
 * premium must be charged once, and a repeated msgid must have returned the first answer.
 * Without --url it starts its own server over a temporary SQLite file; with --url it resets
 * that server to the demo population first (9105), so point it at a scratch server only.
 * Only 127.0.0.1; clients, rounds and seconds are capped.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createMockServer } from '../server/http-server'
import { SqliteStore } from '../server/sqlite-store'
import { createBackend } from '../src/backend'
import { type Account, balancesReconcile, LoadClient, type Totals } from './load-test/load-client'

const LIMITS = { clients: 64, rounds: 1000, seconds: 300 }

function argsOf(argv: string[]) {
  const args = { clients: 8, rounds: 25, seconds: 60, url: '' }
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? '']
    if (flag === '--clients') args.clients = Math.min(Number(value), LIMITS.clients)
    else if (flag === '--rounds') args.rounds = Math.min(Number(value), LIMITS.rounds)
    else if (flag === '--max-seconds') args.seconds = Math.min(Number(value), LIMITS.seconds)
    else if (flag === '--url') args.url = value
    else throw new Error(`unknown argument ${flag}`)
  }
  if (![args.clients, args.rounds, args.seconds].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--clients, --rounds and --max-seconds take positive whole numbers')
  }
  if (args.url && new URL(args.url).hostname !== '127.0.0.1') {
    throw new Error('the load test only talks to 127.0.0.1')
  }
  return args
}

async function main(): Promise<number> {
  const args = argsOf(process.argv.slice(2))
  const dir = mkdtempSync(join(tmpdir(), 'load-test-'))
  const store = args.url ? null : new SqliteStore(join(dir, 'load.sqlite'))
  const server = store
    ? createMockServer({ backend: createBackend({ store }), log: () => undefined })
    : null
  const baseUrl = server ? await server.start() : args.url
  try {
    const setup = new LoadClient(baseUrl, 'setup')
    const accounts = await setup.prepareFamily()
    const totals: Totals = { settled: new Map(), premiums: [], repeats: 0, problems: [] }
    const deadline = Date.now() + args.seconds * 1000
    const started = Date.now()
    const clients = Array.from(
      { length: args.clients },
      (_, i) => new LoadClient(baseUrl, `c${i}`, setup),
    )
    await Promise.all(clients.map((c) => c.run(args.rounds, deadline, totals)))
    const elapsed = (Date.now() - started) / 1000
    await checkOutcome(setup, accounts, totals)
    report(clients, elapsed, totals)
    return totals.problems.length === 0 ? 0 : 1
  } finally {
    await server?.stop()
    store?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function checkOutcome(setup: LoadClient, accounts: Account[], totals: Totals) {
  for (const account of accounts) await balancesReconcile(setup, account, totals)
  const premiumRows = totals.premiums.length
  if (premiumRows > 1) totals.problems.push(`premium charged ${premiumRows} times`)
  if (totals.settled.size === 0) totals.problems.push('no settlement went through')
}

function report(clients: LoadClient[], seconds: number, totals: Totals) {
  const latencies = clients.flatMap((c) => c.latencies).sort((a, b) => a - b)
  const p95 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] ?? 0
  console.log(
    `${latencies.length} requests from ${clients.length} clients in ${seconds.toFixed(1)} s: ` +
      `${(latencies.length / seconds).toFixed(0)} requests/s, p95 ${p95.toFixed(1)} ms`,
  )
  console.log(
    `${totals.settled.size} settlements, ${totals.premiums.length} premium paid, ` +
      `${totals.repeats} repeated msgids answered alike`,
  )
  if (totals.problems.length === 0)
    console.log('balances reconcile with the ledger; nothing charged twice')
  totals.problems.forEach((p) => console.error(`PROBLEM: ${p}`))
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  },
)
