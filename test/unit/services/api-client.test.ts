import { createBackend } from '../../../src/backend'
import { ApiClient } from '../../../src/services/api-client'
import { ApiError } from '../../../src/services/api-error'
import { LocalTransport } from '../../../src/services/local-transport'
import { FakeTransport } from '../../support/fake-transport'
import { DEMO_NOW } from '../../support/public/demo'
import { memoryTokens } from '../../support/root-store'

function setup() {
  const backend = createBackend({ clock: () => DEMO_NOW })
  const transport = new FakeTransport(new LocalTransport(backend))
  const tokens = memoryTokens()
  const api = new ApiClient({ transport, tokens, clock: () => DEMO_NOW })
  return { api, transport, tokens }
}

describe('ApiClient over LocalTransport', () => {
  it('sends the national envelope with a fresh msgid per call and the session token', async () => {
    const { api, transport, tokens } = setup()
    const login = await api.call('9001', { certno: '410105196803120315' })
    tokens.set(login.token)
    const info = await api.call('1101', {})
    expect(info.balc).toBe(352640)
    const [first, second] = transport.sent
    expect(first).toMatchObject({
      infno: '9001',
      opter_type: '3',
      inf_time: '2026-11-23T14:05:00+08:00',
    })
    expect(first.token).toBeUndefined()
    expect(second).toMatchObject({ infno: '1101', token: login.token })
    expect(first.msgid).not.toBe(second.msgid)
  })

  it('turns a rejection into an ApiError with the backend code and message unchanged', async () => {
    const { api } = setup()
    await expect(api.call('1101', {})).rejects.toEqual(
      new ApiError('E_NOT_LOGGED_IN', '请先登录后再办理。'),
    )
    const error = await api.call('9001', { certno: '410105196803120316' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('E_ID_INVALID')
    expect((error as ApiError).message).toBe('请输入正确的18位居民身份证号码。')
  })

  it('forgets a token the backend no longer knows', async () => {
    const { api, tokens } = setup()
    tokens.set('expired-token')
    await expect(api.call('1101', {})).rejects.toBeInstanceOf(ApiError)
    expect(tokens.get()).toBeNull()
  })

  it('repeats a request under the same msgid without a second effect', async () => {
    const { api, tokens } = setup()
    tokens.set((await api.call('9001', { certno: '410105196803120315' })).token)
    const first = await api.call('9101', {}, 'fixed-msgid')
    const again = await api.call('9101', {}, 'fixed-msgid')
    expect(again.face_token).toBe(first.face_token)
    await expect(api.call('9101', { pass: false }, 'fixed-msgid')).rejects.toMatchObject({
      code: 'E_MSGID_REUSED',
    })
  })

  it('never shares objects with backend state (answers are copies, as on the wire)', async () => {
    const { api, tokens } = setup()
    tokens.set((await api.call('9001', { certno: '410105196803120315' })).token)
    const info = await api.call('1101', {})
    info.balc = 0
    expect((await api.call('1101', {})).balc).toBe(352640)
  })

  it('learns the backend clock from answers, including a date QA moved', async () => {
    const backend = createBackend({ clock: () => DEMO_NOW })
    const deviceNow = Date.parse('2030-01-01T00:00:00+08:00')
    const api = new ApiClient({
      transport: new LocalTransport(backend),
      tokens: memoryTokens(),
      clock: () => deviceNow,
    })
    expect(api.backendNow()).toBe(deviceNow)
    await api.call('9106', {})
    expect(api.backendNow()).toBe(DEMO_NOW)
    await api.call('9103', { time: '2027-03-01T09:00:00+08:00' })
    await api.call('9106', {})
    expect(api.backendNow()).toBe(Date.parse('2027-03-01T09:00:00+08:00'))
  })
})
