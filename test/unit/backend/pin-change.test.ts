import { CERT, rejects, seededClient } from '../../support/backend-client'
import { pay, zhangFamilyClient } from '../../support/scenes'
import { changedKeys, storedPerson } from '../../support/stored-state'

describe('5312 pin.change (K1)', () => {
  it('is for a person with a personal account only (E_FORBIDDEN)', async () => {
    const client = seededClient()
    await rejects(client, '5312', { old_pin: '000000', new_pin: '582946' }, '张浩然', 'E_FORBIDDEN')
    await rejects(client, '5312', { old_pin: '000000', new_pin: '582946' }, '陈静', 'E_FORBIDDEN')
    await rejects(
      client,
      '5312',
      { old_pin: '000000', new_pin: '582946' },
      undefined,
      'E_NOT_LOGGED_IN',
    )
  })

  it('takes exactly one proof and a six-digit new PIN (E_BAD_REQUEST)', async () => {
    const client = seededClient()
    const cases: [Record<string, unknown>, string][] = [
      [{ new_pin: '582946' }, 'old_pin'],
      [{ old_pin: '000000', face_token: 'abc', new_pin: '582946' }, 'old_pin'],
      [{ old_pin: '0000', new_pin: '582946' }, 'old_pin'],
      [{ old_pin: '000000', new_pin: '58294' }, 'new_pin'],
      [{ old_pin: '000000', new_pin: 582946 }, 'new_pin'],
    ]
    for (const [input, field] of cases) {
      const answer = await rejects(client, '5312', input, '张建国', 'E_BAD_REQUEST')
      expect(answer.err_msg).toBe(`请求参数有误：${field}。`)
    }
  })

  it.each([
    ['000000', 'the initial PIN'],
    ['777777', 'one digit six times'],
    ['123456', 'six digits up'],
    ['012345', 'six digits up from 0'],
    ['987654', 'six digits down'],
    ['680312', 'the last six digits of 19680312'],
  ])('refuses %s, %s (E_PIN_WEAK), without counting a try', async (newPin) => {
    const client = seededClient()
    const answer = await rejects(
      client,
      '5312',
      { old_pin: '111111', new_pin: newPin },
      '张建国',
      'E_PIN_WEAK',
    )
    expect(answer.err_msg).toBe('新密码过于简单，请勿使用相同、连续数字或生日。')
  })

  it('refuses the current PIN as the new one, once the proof is good (E_PIN_WEAK)', async () => {
    const client = seededClient()
    await rejects(client, '5312', { old_pin: '258369', new_pin: '258369' }, '李秀兰', 'E_PIN_WEAK')
  })

  it('changes the PIN with the old one: the initial flag goes, the old PIN stops working', async () => {
    const { client, ids } = await zhangFamilyClient()
    const result = await client.ok(
      '5312',
      { old_pin: '000000', new_pin: '582946' },
      { as: '张建国' },
    )
    expect(result).toEqual({ pin_state: 'set' })
    expect(storedPerson(client, '张建国').pin).toMatchObject({ initial: false, failures: 0 })
    expect((await pay(client, ids.张浩然, '000000')).err_code).toBe('E_PIN_WRONG')
    expect((await pay(client, ids.张浩然, '582946')).infcode).toBe(0)
  })

  it('lets a person with a PIN already set change it again', async () => {
    const client = seededClient()
    await client.ok('5312', { old_pin: '258369', new_pin: '147036' }, { as: '李秀兰' })
    expect((await client.ok('1101', {}, { as: '李秀兰' })).pin_state).toBe('set')
    await rejects(client, '5312', { old_pin: '147036', new_pin: '147036' }, '李秀兰', 'E_PIN_WEAK')
  })

  it('counts a wrong old PIN toward the lock (E_PIN_WRONG)', async () => {
    const client = seededClient()
    const before = client.snapshot()
    const answer = await client.raw(
      '5312',
      { old_pin: '111111', new_pin: '582946' },
      { as: '张建国' },
    )
    expect(answer.err_msg).toBe('支付密码错误，您还可尝试5次。')
    expect(changedKeys(before, client.snapshot())).toEqual([`psn:${CERT.张建国}`])
    expect(storedPerson(client, '张建国').pin).toMatchObject({ initial: true, failures: 1 })
  })

  it('accepts a face check instead of the old PIN, once, and only the caller’s own', async () => {
    const client = seededClient()
    const { face_token } = await client.ok('9101', {}, { as: '张建国' })
    const other = (await client.ok('9101', {}, { as: '李秀兰' })).face_token
    await rejects(
      client,
      '5312',
      { face_token: other, new_pin: '582946' },
      '张建国',
      'E_FACE_FAILED',
    )
    await rejects(
      client,
      '5312',
      { face_token: 'forged', new_pin: '582946' },
      '张建国',
      'E_FACE_FAILED',
    )
    await client.ok('5312', { face_token, new_pin: '582946' }, { as: '张建国' })
    await rejects(client, '5312', { face_token, new_pin: '603917' }, '张建国', 'E_FACE_FAILED')
  })

  it('refuses an expired face token', async () => {
    const client = seededClient()
    const { face_token } = await client.ok('9101', {}, { as: '张建国' })
    client.now += 6 * 60 * 1000
    await rejects(client, '5312', { face_token, new_pin: '582946' }, '张建国', 'E_FACE_FAILED')
  })
})
