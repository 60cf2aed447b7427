import { changePin, pay, zhangFamilyClient } from '../../support/scenes'
import { storedPerson } from '../../support/stored-state'

const PIN = '714825'

async function readyFamily() {
  const family = await zhangFamilyClient()
  await changePin(family.client, '张建国', '000000', PIN)
  return family
}

describe('5311 premium.pay and msgid idempotency (A2)', () => {
  it('answers a retry with the same msgid with the first receipt and moves no money', async () => {
    const { client, ids } = await readyFamily()
    const first = await pay(client, ids.张浩然, PIN, { msgid: 'pay-1' })
    expect(first.infcode).toBe(0)
    const after = client.snapshot()
    client.now += 30 * 1000
    const retry = await pay(client, ids.张浩然, PIN, { msgid: 'pay-1' })
    expect(retry).toEqual(first)
    expect(client.snapshot()).toEqual(after)
    expect(storedPerson(client, '张建国').balance).toBe(352640 - 40000)
  })

  it('refuses a different payment under a used msgid (E_MSGID_REUSED)', async () => {
    const { client, ids } = await readyFamily()
    await pay(client, ids.张浩然, PIN, { msgid: 'pay-1' })
    const after = client.snapshot()
    const other = await pay(client, ids.王桂芝, PIN, { msgid: 'pay-1' })
    expect(other.err_code).toBe('E_MSGID_REUSED')
    expect(client.snapshot()).toEqual(after)
  })

  it('answers a new msgid for the same year with E_ALREADY_PAID', async () => {
    const { client, ids } = await readyFamily()
    await pay(client, ids.张浩然, PIN, { msgid: 'pay-1' })
    expect((await pay(client, ids.张浩然, PIN, { msgid: 'pay-2' })).err_code).toBe('E_ALREADY_PAID')
  })

  it('charges once for two submissions at the same moment', async () => {
    const { client, ids } = await readyFamily()
    const answers = await Promise.all([
      pay(client, ids.张浩然, PIN, { msgid: 'tap-1' }),
      pay(client, ids.张浩然, PIN, { msgid: 'tap-2' }),
    ])
    expect(answers.map((a) => a.err_code ?? 'ok').sort()).toEqual(['E_ALREADY_PAID', 'ok'])
    expect(storedPerson(client, '张建国').balance).toBe(352640 - 40000)
    expect(client.store.keys().filter((k) => k.startsWith('prem:'))).toHaveLength(1)
  })

  it('keeps the PIN out of every stored value, idempotency records included', async () => {
    const { client, ids } = await readyFamily()
    const next = '582946'
    await client.ok('5312', { old_pin: PIN, new_pin: next }, { as: '张建国' })
    await pay(client, ids.张浩然, next)
    await pay(client, ids.张浩然, '000000')
    await pay(client, ids.张小满, next)
    const keys = client.store.keys()
    expect(keys.some((k) => k.startsWith('msg:'))).toBe(true)
    for (const key of keys) {
      const value = client.store.get(key) ?? ''
      for (const secret of [PIN, next]) expect(value).not.toContain(secret)
    }
  })
})
