/**
 * The load test's clients, in a process of their own so they do not share the server's thread:
 * on a 2-core machine the server gets one core and its clients the other, for the real server
 * and the echo alike. The parent sends one job and gets one result back over the IPC channel.
 */
import type { PremiumReceipt, SettlementView } from '../../src/domain/api'
import { echoRun } from './echo'
import { LoadClient, type Totals } from './load-client'

export type ClientJob =
  | {
      kind: 'load'
      baseUrl: string
      clients: number
      rounds: number
      deadline: number
      tokens: LoadClient['tokens']
      premium: LoadClient['premium']
    }
  | { kind: 'echo'; baseUrl: string; clients: number; perClient: number }

export interface ClientResult {
  latencies: number[]
  seconds: number
  settled: [string, SettlementView][]
  premiums: PremiumReceipt[]
  repeats: number
  problems: string[]
}

async function load(job: Extract<ClientJob, { kind: 'load' }>): Promise<ClientResult> {
  const setup = new LoadClient(job.baseUrl, 'setup')
  setup.tokens = job.tokens
  setup.premium = job.premium
  const totals: Totals = { settled: new Map(), premiums: [], repeats: 0, problems: [] }
  const clients = Array.from(
    { length: job.clients },
    (_, i) => new LoadClient(job.baseUrl, `c${i}`, setup),
  )
  const started = performance.now()
  await Promise.all(clients.map((c) => c.run(job.rounds, job.deadline, totals)))
  return {
    latencies: clients.flatMap((c) => c.latencies),
    seconds: (performance.now() - started) / 1000,
    settled: [...totals.settled],
    premiums: totals.premiums,
    repeats: totals.repeats,
    problems: totals.problems,
  }
}

async function echo(job: Extract<ClientJob, { kind: 'echo' }>): Promise<ClientResult> {
  const run = await echoRun(job.baseUrl, job.clients, job.perClient)
  return { ...run, settled: [], premiums: [], repeats: 0, problems: [] }
}

process.once('message', (job: ClientJob) => {
  const work = job.kind === 'load' ? load(job) : echo(job)
  work.then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : error)
      process.exit(1)
    },
  )
})
