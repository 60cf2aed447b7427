/**
 * npm run load-test -- [--clients 8] [--rounds 25] [--max-seconds 60] [--url http://127.0.0.1:PORT]
 *
 * Bounded loopback load on one mock server: concurrent clients settle (2207), pay a premium
 * (5311) and repeat msgids, as retries after lost answers do. Afterwards every account's
 * balance must equal its starting balance plus its new ledger rows, each settlement and the
 * premium must be charged once, and a repeated msgid must have returned the first answer.
 * Without --url it starts its own server over a temporary SQLite file; with --url it resets
 * that server to the demo population first (9105), so point it at a scratch server only.
 * Only 127.0.0.1; clients, rounds and seconds are capped (a value over a cap is refused, not cut).
 * In the same run an echo server on the same HTTP stack takes the same number of clients and
 * requests; the ratios (requests/s, p95) and the requests over 2 s are printed against the targets.
 * The clients run in a child process (load-test/client-process.ts), off the server's thread.
 */
import { fork } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createMockServer } from '../server/http-server'
import { lineLog } from '../server/line-log'
import { SqliteStore } from '../server/sqlite-store'
import { createBackend } from '../src/backend'
import type { ClientJob, ClientResult } from './load-test/client-process'
import { echoBackend } from './load-test/echo'
import { type Account, balancesReconcile, LoadClient, type Totals } from './load-test/load-client'

const LIMITS = { clients: 500, rounds: 1000, seconds: 300 }
const SLOW_MS = 2000
const TARGETS = { throughput: 0.8, p95: 1.3 }

function argsOf(argv: string[]) {
  const args = { clients: 8, rounds: 25, seconds: 60, url: '' }
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? '']
    if (flag === '--clients') args.clients = capped('--clients', value, LIMITS.clients)
    else if (flag === '--rounds') args.rounds = capped('--rounds', value, LIMITS.rounds)
    else if (flag === '--max-seconds') args.seconds = capped('--max-seconds', value, LIMITS.seconds)
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

function capped(flag: string, value: string, cap: number): number {
  const n = Number(value)
  if (n > cap) throw new Error(`${flag} ${value} is over the cap of ${cap}`)
  return n
}

interface Run {
  latencies: number[]
  seconds: number
}

async function main(): Promise<number> {
  const args = argsOf(process.argv.slice(2))
  const dir = mkdtempSync(join(tmpdir(), 'load-test-'))
  const log = lineLog(createWriteStream(join(dir, 'requests.log')))
  const store = args.url ? null : new SqliteStore(join(dir, 'load.sqlite'))
  const server = store
    ? createMockServer({ backend: createBackend({ store, qa: true }), log })
    : null
  const echo = createMockServer({ backend: echoBackend(), log })
  const baseUrl = server ? await server.start() : args.url
  try {
    const setup = new LoadClient(baseUrl, 'setup')
    const accounts = await setup.prepareFamily()
    const deadline = Date.now() + args.seconds * 1000
    const loaded = await inChildProcess({
      kind: 'load',
      baseUrl,
      clients: args.clients,
      rounds: args.rounds,
      deadline,
      tokens: setup.tokens,
      premium: setup.premium,
    })
    const totals: Totals = {
      settled: new Map(loaded.settled),
      premiums: loaded.premiums,
      repeats: loaded.repeats,
      problems: loaded.problems,
    }
    const real: Run = { latencies: loaded.latencies, seconds: loaded.seconds }
    await checkOutcome(setup, accounts, totals)
    const perClient = Math.max(1, Math.round(real.latencies.length / args.clients))
    const echoed = await inChildProcess({
      kind: 'echo',
      baseUrl: await echo.start(),
      clients: args.clients,
      perClient,
    })
    report(args.clients, real, echoed, totals)
    return totals.problems.length === 0 ? 0 : 1
  } finally {
    await server?.stop()
    await echo.stop()
    store?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Runs one job of clients in a fresh child process and waits for its result. */
function inChildProcess(job: ClientJob): Promise<ClientResult> {
  const child = fork(join(__dirname, 'load-test', 'client-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as ClientResult))
    child.once('exit', (code) => reject(new Error(`the load clients exited with ${code}`)))
    child.send(job)
  })
}

async function checkOutcome(setup: LoadClient, accounts: Account[], totals: Totals) {
  for (const account of accounts) await balancesReconcile(setup, account, totals)
  const premiumRows = totals.premiums.length
  if (premiumRows > 1) totals.problems.push(`premium charged ${premiumRows} times`)
  if (totals.settled.size === 0) totals.problems.push('no settlement went through')
}

function summary(run: Run) {
  const sorted = [...run.latencies].sort((a, b) => a - b)
  return {
    count: sorted.length,
    perSecond: sorted.length / run.seconds,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
    slow: sorted.filter((ms) => ms > SLOW_MS).length,
  }
}

function report(clients: number, real: Run, echoed: Run, totals: Totals) {
  const server = summary(real)
  const echo = summary(echoed)
  const line = (name: string, s: ReturnType<typeof summary>, seconds: number) =>
    console.log(
      `${name}: ${s.count} requests from ${clients} clients in ${seconds.toFixed(1)} s: ` +
        `${s.perSecond.toFixed(0)} requests/s, p95 ${s.p95.toFixed(1)} ms, ` +
        `${s.slow} over ${SLOW_MS} ms`,
    )
  line('server', server, real.seconds)
  line('echo  ', echo, echoed.seconds)
  const throughput = server.perSecond / echo.perSecond
  const p95 = server.p95 / Math.max(echo.p95, 0.001)
  const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES')
  console.log(
    `ratios: requests/s ${throughput.toFixed(2)}× echo (${verdict(throughput >= TARGETS.throughput)} ` +
      `≥ ${TARGETS.throughput}), p95 ${p95.toFixed(2)}× echo (${verdict(p95 <= TARGETS.p95)} ` +
      `≤ ${TARGETS.p95}), ${server.slow} requests over ${SLOW_MS} ms`,
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
