/**
 * npm run mock-server -- --port 8787 [--host 127.0.0.1] [--db path.sqlite]
 *
 * Hosts the simulated backend over HTTP so several devices share one state. Without --db the
 * state lives in memory and is gone when the server stops.
 */
import { createBackend } from '../src/backend'
import { createMockServer } from './http-server'
import { SqliteStore } from './sqlite-store'

interface Args {
  port: number
  host: string
  db: string
}

function parseArgs(argv: string[]): Args {
  const args: Args = { port: 8787, host: '127.0.0.1', db: ':memory:' }
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, value] = [argv[i], argv[i + 1]]
    if (flag === '--port' && value !== undefined) args.port = Number(value)
    else if (flag === '--host' && value !== undefined) args.host = value
    else if (flag === '--db' && value !== undefined) args.db = value
    else if (flag === '--help') usage(0)
    else usage(2, `unknown argument: ${flag}`)
    i += 1
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) usage(2, 'bad --port')
  return args
}

function usage(code: number, problem?: string): never {
  if (problem) console.error(problem)
  console.error('usage: npm run mock-server -- [--port 8787] [--host 127.0.0.1] [--db file.sqlite]')
  process.exit(code)
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  let store: SqliteStore
  try {
    store = new SqliteStore(args.db)
  } catch (error) {
    const code = (error as { code?: string }).code
    console.error(
      code === 'SQLITE_BUSY'
        ? `${args.db} is in use by another mock server (one server per database file)`
        : `cannot open ${args.db}: ${String(error)}`,
    )
    process.exit(1)
  }
  const backend = createBackend({ store, qa: true })
  const server = createMockServer({ backend, port: args.port, host: args.host })
  const url = await server.start()
  console.log(`mock server: POST ${url}/api  (db: ${args.db === ':memory:' ? 'memory' : args.db})`)

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
