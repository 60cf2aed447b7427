import { CERT, rejects } from '../../support/backend-client'
import { changePin, pay, zhangFamilyClient } from '../../support/scenes'
import { changedKeys, storedPerson } from '../../support/stored-state'

const PIN = '714825'
const WRONG = '369258'
const at = (iso: string) => Date.parse(iso)

async function readyFamily(policy = {}) {
  const family = await zhangFamilyClient(policy)
  await changePin(family.client, '张建国', '000000', PIN)
  return family
}

describe('payment PIN attempts and lock (K2)', () => {
  it('says how many tries remain, and the counter is the only thing a wrong PIN changes', async () => {
    const { client, ids } = await readyFamily()
    for (const remaining of [5, 4, 3, 2, 1]) {
      const before = client.snapshot()
      const person = storedPerson(client, '张建国')
      const answer = await pay(client, ids.张浩然, WRONG)
      expect(answer).toMatchObject({
        err_code: 'E_PIN_WRONG',
        err_msg: `支付密码错误，您还可尝试${remaining}次。`,
      })
      expect(changedKeys(before, client.snapshot())).toEqual([`psn:${CERT.张建国}`])
      const expected = { ...person, pin: { ...person.pin, failures: 6 - remaining } }
      expect(storedPerson(client, '张建国')).toEqual(expected)
    }
  })

  it('locks on the sixth wrong try until 00:00 the next day, even for the right PIN', async () => {
    const { client, ids } = await readyFamily()
    for (let i = 0; i < 5; i += 1) await pay(client, ids.张浩然, WRONG)
    const sixth = await pay(client, ids.张浩然, WRONG)
    expect(sixth).toMatchObject({
      err_code: 'E_PIN_LOCKED',
      err_msg: '支付密码错误次数过多，已锁定至次日0时，可通过人脸识别重置。',
    })
    expect(storedPerson(client, '张建国').pin).toMatchObject({
      failures: 6,
      lockedUntil: at('2026-11-24T00:00:00+08:00'),
    })
    expect((await client.ok('5310', {}, { as: '张建国' })).pin_state).toBe('locked')
    expect((await client.ok('1101', {}, { as: '张建国' })).pin_state).toBe('locked')

    const input = { binding_id: ids.张浩然, year: 2027, amount: 40000, pin: PIN }
    await rejects(client, '5311', input, '张建国', 'E_PIN_LOCKED')
    client.now = at('2026-11-23T23:59:59+08:00')
    await rejects(client, '5311', input, '张建国', 'E_PIN_LOCKED')

    client.now = at('2026-11-24T00:00:00+08:00')
    expect((await client.ok('5310', {}, { as: '张建国' })).pin_state).toBe('set')
    const receipt = await client.ok('5311', input, { as: '张建国' })
    expect(receipt.receipt_no).toBe('DJ20261124000001')
    expect(storedPerson(client, '张建国').pin).toMatchObject({ failures: 0, lockedUntil: null })
  })

  it('starts counting afresh after the lock ran out', async () => {
    const { client, ids } = await readyFamily()
    for (let i = 0; i < 6; i += 1) await pay(client, ids.张浩然, WRONG)
    client.now = at('2026-11-24T09:00:00+08:00')
    expect((await pay(client, ids.张浩然, WRONG)).err_msg).toBe('支付密码错误，您还可尝试5次。')
  })

  it('clears the counter with a right PIN', async () => {
    const { client, ids } = await readyFamily({ newbornAndSubsidisedExcluded: false })
    for (let i = 0; i < 5; i += 1) await pay(client, ids.张浩然, WRONG)
    expect((await pay(client, ids.张浩然, PIN)).infcode).toBe(0)
    expect((await pay(client, ids.张小满, WRONG)).err_msg).toBe('支付密码错误，您还可尝试5次。')
  })

  it('counts wrong tries of payment and of PIN change together', async () => {
    const { client, ids } = await readyFamily()
    for (let i = 0; i < 3; i += 1) await pay(client, ids.张浩然, WRONG)
    const change = { old_pin: WRONG, new_pin: '582946' }
    expect(await client.fail('5312', change, { as: '张建国' })).toBe('E_PIN_WRONG')
    expect(await client.fail('5312', change, { as: '张建国' })).toBe('E_PIN_WRONG')
    expect((await pay(client, ids.张浩然, WRONG)).err_code).toBe('E_PIN_LOCKED')
    await rejects(client, '5312', { old_pin: PIN, new_pin: '582946' }, '张建国', 'E_PIN_LOCKED')
  })

  it('does not count a retried request twice', async () => {
    const { client, ids } = await readyFamily()
    const first = await pay(client, ids.张浩然, WRONG, { msgid: 'same' })
    const retry = await pay(client, ids.张浩然, WRONG, { msgid: 'same' })
    expect(retry).toEqual(first)
    expect(storedPerson(client, '张建国').pin?.failures).toBe(1)
  })

  it('follows policy pinMaxAttempts', async () => {
    const { client, ids } = await readyFamily({ pinMaxAttempts: 3 })
    expect((await pay(client, ids.张浩然, WRONG)).err_msg).toBe('支付密码错误，您还可尝试2次。')
    await pay(client, ids.张浩然, WRONG)
    expect((await pay(client, ids.张浩然, WRONG)).err_code).toBe('E_PIN_LOCKED')
  })

  it('lets a face check lift the lock by setting a new PIN (5312 with face_token)', async () => {
    const { client, ids } = await readyFamily()
    for (let i = 0; i < 6; i += 1) await pay(client, ids.张浩然, WRONG)
    const { face_token } = await client.ok('9101', {}, { as: '张建国' })
    const result = await client.ok('5312', { face_token, new_pin: '582946' }, { as: '张建国' })
    expect(result).toEqual({ pin_state: 'set' })
    expect(storedPerson(client, '张建国').pin).toMatchObject({ failures: 0, lockedUntil: null })
    expect((await pay(client, ids.张浩然, '582946')).infcode).toBe(0)
  })
})
