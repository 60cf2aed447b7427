import { sessionKey } from '../../../src/backend/state/sessions'
import { hashHex } from '../../../src/backend/storage/integrity'
import { CERT, TestClient } from '../../support/backend-client'

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const POLICY = { sessionIdleMs: 30 * MINUTE, sessionMaxMs: 12 * HOUR }

async function loggedIn(client: TestClient): Promise<string> {
  return client.tokenFor('张建国')
}

async function infoCode(client: TestClient, token: string): Promise<string | number> {
  const answer = await client.raw('1101', {}, { token })
  return answer.err_code ?? answer.infcode
}

describe('sessions expire and are stored by token hash', () => {
  it('stores the hash of the token, never the token', async () => {
    const client = new TestClient({ policy: POLICY })
    const token = await loggedIn(client)
    const stored = client.store.keys().join('\n')
    expect(stored).not.toContain(token)
    expect(client.store.keys()).toContain(sessionKey(token))
    expect(sessionKey(token)).toBe(`ses:${hashHex(token)}`)
    for (const key of client.store.keys()) expect(client.store.get(key)).not.toContain(token)
  })

  it('ends a session left idle longer than the idle limit', async () => {
    const client = new TestClient({ policy: POLICY })
    const token = await loggedIn(client)
    client.now += 29 * MINUTE
    expect(await infoCode(client, token)).toBe(0)
    client.now += 29 * MINUTE
    expect(await infoCode(client, token)).toBe(0)
    client.now += 31 * MINUTE
    expect(await infoCode(client, token)).toBe('E_NOT_LOGGED_IN')
  })

  it('ends a session at its absolute limit however busy it is', async () => {
    const client = new TestClient({ policy: POLICY })
    const token = await loggedIn(client)
    for (let elapsed = 0; elapsed < 12 * HOUR; elapsed += 20 * MINUTE) {
      client.now += 20 * MINUTE
      expect(await infoCode(client, token)).toBe(
        elapsed + 20 * MINUTE > 12 * HOUR ? 'E_NOT_LOGGED_IN' : 0,
      )
    }
    client.now += 20 * MINUTE
    expect(await infoCode(client, token)).toBe('E_NOT_LOGGED_IN')
  })

  it('ages sessions on the host clock: moving the QA date logs nobody out', async () => {
    const client = new TestClient({ policy: POLICY })
    const token = await loggedIn(client)
    await client.ok('9103', { time: '2027-06-01T09:00:00+08:00' })
    expect(await infoCode(client, token)).toBe(0)
  })

  it('sweeps expired sessions, so logins cannot fill the store', async () => {
    const client = new TestClient({ policy: POLICY })
    for (let i = 0; i < 100; i += 1) await client.raw('9001', { certno: CERT.刘强 })
    const sessions = () => client.store.keys().filter((k) => k.startsWith('ses:')).length
    expect(sessions()).toBe(100)
    client.now += 2 * DAY
    for (let i = 0; i < 10; i += 1) await client.raw('9001', { certno: CERT.刘强 })
    expect(sessions()).toBe(10)
  })

  it('never expires with the in-app defaults (one device, its own storage)', async () => {
    const client = new TestClient()
    const token = await loggedIn(client)
    client.now += 400 * DAY
    expect(await infoCode(client, token)).toBe(0)
  })

  it('logout ends the session, and a repeated logout is answered alike', async () => {
    const client = new TestClient({ policy: POLICY })
    const token = await loggedIn(client)
    expect((await client.raw('9002', {}, { token, msgid: 'out-1' })).infcode).toBe(0)
    expect(await infoCode(client, token)).toBe('E_NOT_LOGGED_IN')
    expect((await client.raw('9002', {}, { token, msgid: 'out-1' })).infcode).toBe(0)
    expect(client.store.keys()).not.toContain(sessionKey(token))
  })
})

describe('face tokens are swept', () => {
  it('forgets face tokens a day after they expired, used or not', async () => {
    const client = new TestClient()
    for (let i = 0; i < 50; i += 1) await client.ok('9101', {}, { as: '张建国' })
    const faces = () => client.store.keys().filter((k) => k.startsWith('face:')).length
    expect(faces()).toBe(50)
    client.now += 2 * DAY
    for (let i = 0; i < 3; i += 1) await client.ok('9101', {}, { as: '张建国' })
    expect(faces()).toBeLessThanOrEqual(3 + 32)
    for (let i = 0; i < 3; i += 1) await client.ok('9101', {}, { as: '张建国' })
    expect(faces()).toBe(6)
  })
})
