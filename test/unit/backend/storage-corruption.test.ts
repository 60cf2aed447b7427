import { sessionKey } from '../../../src/backend/state/sessions'
import { seal } from '../../../src/backend/storage/integrity'
import type { KeyValueStore } from '../../../src/backend/storage/key-value-store'
import { ERROR_MESSAGES } from '../../../src/domain/errors'
import { CERT, TestClient } from '../../support/backend-client'
import { corrupt } from '../../support/faulty-store'

/**
 * Damaged storage gives E_STORAGE_CORRUPT for what touches the damage, never a silent reset and
 * never a crash; 9105 qa.reset is the way out and works on any damage.
 */
interface Prepared {
  store: KeyValueStore
  payer: string
  spouse: string
}

async function prepared(): Promise<Prepared> {
  const client = new TestClient()
  const payer = await client.tokenFor('张建国')
  const spouse = await client.tokenFor('李秀兰')
  await client.ok('9103', { time: '2026-11-23T16:00:00+08:00' }, { msgid: 'clock-1' })
  return { store: client.store, payer, spouse }
}

/** A restart: a new backend over the damaged storage. Opening must not throw. */
function relaunch(store: KeyValueStore): TestClient {
  return new TestClient({ store })
}

async function personInfo(client: TestClient, token: string) {
  return client.raw('1101', {}, { token })
}

async function expectCorrupt(answer: Promise<{ infcode: number; err_code?: string }>) {
  const a = await answer
  expect(a).toMatchObject({
    infcode: -1,
    err_code: 'E_STORAGE_CORRUPT',
    err_msg: ERROR_MESSAGES.E_STORAGE_CORRUPT,
  })
}

/** After 9105 the demo works again; sessions survive unless the state could not be trusted. */
async function resetWorks(client: TestClient, token: string, sessionsKept = true) {
  expect((await client.raw('9105', {})).infcode).toBe(0)
  const info = await personInfo(client, token)
  if (sessionsKept) expect(info.output).toMatchObject({ psn_name: '张建国' })
  else expect(info.err_code).toBe('E_NOT_LOGGED_IN')
  expect(await client.ok('1101', {}, { as: '张建国' })).toMatchObject({ psn_name: '张建国' })
}

describe('corrupt storage', () => {
  it('corrupt meta: every request says so, nothing is reset silently, 9105 recovers', async () => {
    const { store, payer } = await prepared()
    corrupt(store, 'meta')
    const damaged = store.get('meta')
    const client = relaunch(store)
    const before = client.snapshot()
    await expectCorrupt(personInfo(client, payer))
    await expectCorrupt(client.raw('9001', { certno: CERT.刘强 }))
    await expectCorrupt(client.raw('9103', { time: null }))
    expect(relaunch(store).snapshot()).toEqual(before)
    expect(store.get('meta')).toBe(damaged)
    await resetWorks(client, payer)
  })

  it("a corrupt person record fails that person's requests only", async () => {
    const { store, payer, spouse } = await prepared()
    corrupt(store, `psn:${CERT.张建国}`)
    const client = relaunch(store)
    const before = client.snapshot()
    await expectCorrupt(personInfo(client, payer))
    expect((await personInfo(client, spouse)).output).toMatchObject({ psn_name: '李秀兰' })
    expect(client.snapshot()).toEqual(before)
    await resetWorks(client, payer)
  })

  it('a corrupt session fails its requests; the reset drops it and keeps the others', async () => {
    const { store, payer, spouse } = await prepared()
    corrupt(store, sessionKey(spouse))
    const client = relaunch(store)
    await expectCorrupt(personInfo(client, spouse))
    await resetWorks(client, payer)
    expect((await personInfo(client, spouse)).err_code).toBe('E_NOT_LOGGED_IN')
  })

  it('a corrupt idempotency record fails a repeat of that msgid', async () => {
    const { store } = await prepared()
    corrupt(store, 'msg:qa:clock-1')
    const client = relaunch(store)
    await expectCorrupt(
      client.raw('9103', { time: '2026-11-23T16:00:00+08:00' }, { msgid: 'clock-1' }),
    )
    expect((await client.raw('9106', {})).infcode).toBe(0)
  })

  it.each([
    ['unreadable', (store: KeyValueStore) => store.set('__journal__', 'garbage')],
    [
      'missing a part',
      (store: KeyValueStore) => store.set('__journal__', seal(JSON.stringify({ parts: 2 }))),
    ],
  ])('a left-over journal that is %s: E_STORAGE_CORRUPT until 9105', async (_, damage) => {
    const { store, payer } = await prepared()
    damage(store)
    const client = relaunch(store)
    await expectCorrupt(personInfo(client, payer))
    await expectCorrupt(client.raw('9106', {}))
    await resetWorks(client, payer, false)
    expect(store.keys().filter((key) => key.startsWith('__journal__'))).toEqual([])
  })
})
