/**
 * npm run mock-server -- [--port 8787] [--host 127.0.0.1] [--db path.sqlite] [--qa]
 *   [--allow-remote-qa] [--origin http://host:port]… [--session-idle-minutes 30]
 *   [--session-max-hours 12]
 *
 * Hosts the simulated backend over HTTP so several devices share one state. Without --db the
 * state lives in memory and is gone when the server stops. QA tools (persona login, clock,
 * settlements, reset) answer only with --qa, and --qa stays on loopback unless
 * --allow-remote-qa says otherwise: with them anyone who can reach the port is anyone.
 */
import { createBackend } from '../src/backend'
import { SERVER_SESSION_POLICY } from '../src/domain/policy'
import { createMockServer } from './http-server'
import { DEFAULT_ORIGINS, isLoopbackHost } from './origins'
import { SqliteStore } from './sqlite-store'

interface Args {
  port: number
  host: string
  db: string
  qa: boolean
  allowRemoteQa: boolean
  origins: string[]
  idleMinutes: number
  maxHours: number
}

const USAGE =
  'usage: npm run mock-server -- [--port 8787] [--host 127.0.0.1] [--db file.sqlite] [--qa]\n' +
  '         [--allow-remote-qa] [--origin http://127.0.0.1:10086]… ' +
  '[--session-idle-minutes 30] [--session-max-hours 12]'

const SWITCHES = new Set(['--qa', '--allow-remote-qa', '--help'])

function parseArgs(argv: string[]): Args {
  const args: Args = {
    port: 8787,
    host: '127.0.0.1',
    db: ':memory:',
    qa: false,
    allowRemoteQa: false,
    origins: [],
    idleMinutes: SERVER_SESSION_POLICY.sessionIdleMs / 60_000,
    maxHours: SERVER_SESSION_POLICY.sessionMaxMs / 3_600_000,
  }
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]
    if (SWITCHES.has(flag)) {
      if (flag === '--help') usage(0)
      if (flag === '--qa') args.qa = true
      if (flag === '--allow-remote-qa') args.allowRemoteQa = true
      continue
    }
    const value = argv[i + 1]
    i += 1
    if (value === undefined) usage(2, `${flag} needs a value`)
    if (flag === '--port') args.port = Number(value)
    else if (flag === '--host') args.host = value
    else if (flag === '--db') args.db = value
    else if (flag === '--origin') args.origins.push(value)
    else if (flag === '--session-idle-minutes') args.idleMinutes = Number(value)
    else if (flag === '--session-max-hours') args.maxHours = Number(value)
    else usage(2, `unknown argument: ${flag}`)
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) usage(2, 'bad --port')
  if (!(args.idleMinutes > 0) || !(args.maxHours > 0)) usage(2, 'session lifetimes must be > 0')
  if (args.qa && !isLoopbackHost(args.host) && !args.allowRemoteQa) {
    usage(
      2,
      `refusing --qa on --host ${args.host}: QA tools log anyone in as anyone and move money, ` +
        'so they stay on 127.0.0.1. Add --allow-remote-qa if every device that can reach ' +
        'this address is a tester’s.',
    )
  }
  return args
}

function usage(code: number, problem?: string): never {
  if (problem) console.error(problem)
  console.error(USAGE)
  process.exit(code)
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  let store: SqliteStore
  try {
    store = new SqliteStore(args.db, {
      onMovedAside: (target) =>
        console.error(`database damaged: moved to ${target}, started clean`),
    })
  } catch (error) {
    const code = (error as { code?: string }).code
    console.error(
      code === 'SQLITE_BUSY'
        ? `${args.db} is in use by another mock server (one server per database file)`
        : `cannot open ${args.db}: ${String(error)}`,
    )
    process.exit(1)
  }
  const backend = createBackend({
    store,
    qa: args.qa,
    policy: { sessionIdleMs: args.idleMinutes * 60_000, sessionMaxMs: args.maxHours * 3_600_000 },
  })
  const origins = args.origins.length > 0 ? args.origins : DEFAULT_ORIGINS
  const server = createMockServer({
    backend,
    port: args.port,
    host: args.host,
    allowedOrigins: origins,
  })
  const url = await server.start()
  console.log(`mock server: POST ${url}/api  (db: ${args.db === ':memory:' ? 'memory' : args.db})`)
  console.log(
    args.qa
      ? 'QA tools ON (--qa): persona login 9001 and 9101-9107, 2207, 2208 answer'
      : 'QA tools OFF: persona login and QA transactions answer E_FORBIDDEN (add --qa)',
  )
  console.log(`browser origins allowed: ${origins.join(' ')}`)

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: exiting now`)
      process.exit(1)
    }
    stopping = true
    console.log(`${signal}: finishing requests in flight, then closing the database`)
    server
      .stop()
      .then(() => {
        store.close()
        console.log('stopped')
        process.exit(0)
      })
      .catch((error: unknown) => {
        console.error(error)
        process.exit(1)
      })
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
