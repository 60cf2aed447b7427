import type { Transport } from '../services/transport'

/** Replaced by the HTTP transport wiring (issue 6). */
export function createHttpTransport(baseUrl: string): Transport {
  throw new Error(`HTTP backend ${baseUrl} is not wired yet`)
}
