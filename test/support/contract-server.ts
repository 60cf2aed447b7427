import { createMockServer, type MockServer } from '../../server/http-server'
import type { SqliteStore } from '../../server/sqlite-store'
import type { Backend } from '../../src/backend'
import { HttpTransport } from '../../src/services/http-transport'
import { nodeRequest } from './public/node-request'

/** What this test file started; the contract-http setup stops and closes it all afterAll. */
const running = new Set<MockServer>()
const stores = new Set<SqliteStore>()

/** When set, TestClient sends every request through HttpTransport to a mock server. */
export function contractOverHttp(): boolean {
  return process.env.CONTRACT_TRANSPORT === 'http'
}

/** Serves `backend` on a free loopback port and returns a transport to it. */
export async function serveOverHttp(backend: Backend): Promise<HttpTransport> {
  const server = createMockServer({ backend, port: 0, host: '127.0.0.1', log: () => undefined })
  const baseUrl = await server.start()
  running.add(server)
  return new HttpTransport({ baseUrl, request: nodeRequest, timeoutMs: 10_000, retries: 0 })
}

export function trackStore(store: SqliteStore): SqliteStore {
  stores.add(store)
  return store
}

export async function stopContractServers(): Promise<void> {
  const servers = Array.from(running)
  running.clear()
  await Promise.all(servers.map((server) => server.stop()))
  stores.forEach((store) => store.close())
  stores.clear()
}
