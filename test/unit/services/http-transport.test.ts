import { createMockServer } from '../../../server/http-server'
import { createBackend } from '../../../src/backend'
import type { AnswerEnvelope, RequestEnvelope } from '../../../src/domain/api'
import { ApiError } from '../../../src/services/api-error'
import {
  type HttpRequest,
  type HttpResponse,
  HttpTimeoutError,
  HttpTransport,
} from '../../../src/services/http-transport'
import { CERT, DEMO_NOW } from '../../support/public/demo'
import { nodeRequest } from '../../support/public/node-request'

const ENVELOPE: RequestEnvelope = {
  infno: '1101',
  msgid: 'msg-1',
  inf_time: '2026-11-23T14:05:00+08:00',
  opter_type: '3',
  input: {},
}

const ANSWER: AnswerEnvelope = {
  infcode: -1,
  err_code: 'E_NOT_LOGGED_IN',
  err_msg: '请先登录后再办理。',
  inf_refmsgid: 'msg-1',
  respond_time: '2026-11-23T14:05:00+08:00',
}

type Step = HttpResponse | Error | 'hang'

/** A request function that plays the given outcomes in order and records what it was sent. */
function scripted(...steps: Step[]): HttpRequest & { calls: [string, RequestEnvelope, number][] } {
  const calls: [string, RequestEnvelope, number][] = []
  const fn = (url: string, body: RequestEnvelope, timeoutMs: number) => {
    calls.push([url, body, timeoutMs])
    const step = steps[Math.min(calls.length - 1, steps.length - 1)]
    if (step === 'hang') return new Promise<HttpResponse>(() => undefined)
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step)
  }
  return Object.assign(fn, { calls })
}

function transport(request: HttpRequest, retries = 2, timeoutMs = 50): HttpTransport {
  return new HttpTransport({
    baseUrl: 'http://127.0.0.1:8787/',
    request,
    timeoutMs,
    retries,
    retryDelayMs: 1,
  })
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('HttpTransport with a fake request function', () => {
  it('posts the envelope to /api and returns the answer, business errors included', async () => {
    const request = scripted({ statusCode: 200, data: ANSWER })
    expect(await transport(request).send(ENVELOPE)).toEqual(ANSWER)
    expect(request.calls).toEqual([['http://127.0.0.1:8787/api', ENVELOPE, 50]])
  })

  it('accepts an answer the platform left as JSON text', async () => {
    const request = scripted({ statusCode: 200, data: JSON.stringify(ANSWER) })
    expect(await transport(request).send(ENVELOPE)).toEqual(ANSWER)
  })

  it('returns the envelope of a 400 (a malformed request is an answer, not an outage)', async () => {
    const bad = { ...ANSWER, err_code: 'E_BAD_REQUEST', err_msg: '请求参数有误：msgid。' }
    const request = scripted({ statusCode: 400, data: bad })
    expect(await transport(request).send(ENVELOPE)).toEqual(bad)
    expect(request.calls).toHaveLength(1)
  })

  it('retries a network error with the very same envelope, then succeeds', async () => {
    const request = scripted(new Error('connect ECONNREFUSED'), { statusCode: 200, data: ANSWER })
    expect(await transport(request).send(ENVELOPE)).toEqual(ANSWER)
    expect(request.calls.map(([, body]) => body)).toEqual([ENVELOPE, ENVELOPE])
  })

  it('gives E_NETWORK after every attempt failed to connect', async () => {
    const request = scripted(new Error('connect ECONNREFUSED'))
    const error = await failureOf(transport(request, 2).send(ENVELOPE))
    expect(error.code).toBe('E_NETWORK')
    expect(error.message).toBe('网络连接失败，请检查网络后重试。')
    expect(request.calls).toHaveLength(3)
    expect(new Set(request.calls.map(([, body]) => body.msgid))).toEqual(new Set(['msg-1']))
  })

  it('gives E_TIMEOUT for timeouts, whether reported or not', async () => {
    for (const step of [
      new HttpTimeoutError(),
      Object.assign(new Error('x'), { errMsg: 'request:fail timeout' }),
      'hang' as const,
    ]) {
      const request = scripted(step)
      const error = await failureOf(transport(request, 1, 20).send(ENVELOPE))
      expect(error.code).toBe('E_TIMEOUT')
      expect(request.calls).toHaveLength(2)
    }
  })

  it('retries a 5xx and gives E_SERVER when it persists', async () => {
    const request = scripted({ statusCode: 502, data: '<html>Bad Gateway</html>' })
    const error = await failureOf(transport(request, 2).send(ENVELOPE))
    expect(error.code).toBe('E_SERVER')
    expect(request.calls).toHaveLength(3)
  })

  it('does not retry an answer that is not an envelope (not our backend)', async () => {
    for (const data of [
      '<html>portal</html>',
      { infcode: 7 },
      null,
      { ...ANSWER, err_code: 'X' },
    ]) {
      const request = scripted({ statusCode: 200, data })
      const error = await failureOf(transport(request).send(ENVELOPE))
      expect(error.code).toBe('E_SERVER')
      expect(request.calls).toHaveLength(1)
    }
  })
})

describe('HttpTransport against the mock server', () => {
  it('logs in and reads person.info through real HTTP', async () => {
    const backend = createBackend({ clock: () => DEMO_NOW })
    const server = createMockServer({ backend, log: () => undefined })
    const baseUrl = await server.start()
    try {
      const http = new HttpTransport({ baseUrl, request: nodeRequest, timeoutMs: 5000 })
      const login = await http.send({
        ...ENVELOPE,
        infno: '9001',
        msgid: 'login-1',
        input: { certno: CERT.张建国 },
      })
      expect(login.infcode).toBe(0)
      const token = (login.output as { token: string }).token
      const info = await http.send({ ...ENVELOPE, msgid: 'info-1', token })
      expect(info.output).toMatchObject({ psn_name: '张建国', certno: '4101**********0315' })
    } finally {
      await server.stop()
    }
  })

  it('gives E_NETWORK when nothing listens', async () => {
    const backend = createBackend({ clock: () => DEMO_NOW })
    const server = createMockServer({ backend, log: () => undefined })
    const baseUrl = await server.start()
    await server.stop()
    const http = new HttpTransport({ baseUrl, request: nodeRequest, retries: 1, retryDelayMs: 1 })
    expect((await failureOf(http.send(ENVELOPE))).code).toBe('E_NETWORK')
  })
})
