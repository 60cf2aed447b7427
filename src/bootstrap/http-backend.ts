import { taroHttpRequest } from '../platform/http-request'
import { HttpTransport } from '../services/http-transport'
import type { Transport } from '../services/transport'

/** A backend over HTTP: the mock server for multi-device QA, or a real gateway. */
export function createHttpTransport(baseUrl: string): Transport {
  return new HttpTransport({ baseUrl, request: taroHttpRequest, timeoutMs: 10_000, retries: 2 })
}
