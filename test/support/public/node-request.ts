import type { HttpRequest } from '../../../src/services/http-transport'
import { HttpTimeoutError } from '../../../src/services/http-transport'

/** HttpTransport's request function on Node's fetch, as the Taro one is on Taro.request. */
export const nodeRequest: HttpRequest = async (url, body, timeoutMs) => {
  let statusCode: number
  let text: string
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    statusCode = response.status
    text = await response.text()
  } catch (error) {
    if ((error as { name?: string }).name === 'TimeoutError') throw new HttpTimeoutError()
    throw error
  }
  let data: unknown = text
  try {
    data = JSON.parse(text)
  } catch {
    // Not JSON: the transport sees the raw text and judges it.
  }
  return { statusCode, data }
}
