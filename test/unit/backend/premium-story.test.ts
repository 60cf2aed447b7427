import { CERT } from '../../support/public/demo'
import { changePin, pay, zhangFamilyClient } from '../../support/scenes'
import { changedKeys, newestLedgerEntry, storedPerson } from '../../support/stored-state'

const NEW_PIN = '714825'

describe('代缴 story: 张建国 pays his son’s 2027年度 premium', () => {
  it('walks from the initial PIN to a receipt, and refuses what must be refused', async () => {
    const { client, ids } = await zhangFamilyClient()

    const options = await client.ok('5310', {}, { as: '张建国' })
    expect(options).toMatchObject({
      year: 2027,
      standard: 40000,
      period_start: '2026-09-01',
      period_end: '2026-12-31',
      open: true,
      balc: 352640,
      pin_state: 'initial',
    })
    const byName = Object.fromEntries(options.members.map((m) => [m.member.psn_name, m]))
    expect(byName.张浩然).toMatchObject({ binding_id: ids.张浩然, relation: '子女', payable: true })
    expect(byName.王桂芝).toMatchObject({
      payable: false,
      err_code: 'E_ALREADY_PAID',
      err_msg: '该人员2027年度城乡居民医保已缴费，无需重复缴纳。',
    })
    // D1: born in 2026, he is excluded for 2026年度 only; 2027年度 can be paid for him.
    expect(byName.张小满).toMatchObject({ relation: '孙子女', payable: true })

    const before = client.snapshot()
    const initial = await pay(client, ids.张浩然, '000000')
    expect(initial).toMatchObject({
      err_code: 'E_PIN_INITIAL',
      err_msg: '您仍在使用初始支付密码，请先修改后再支付。',
    })
    expect(client.snapshot()).toEqual(before)

    await changePin(client, '张建国', '000000', NEW_PIN)
    expect((await client.ok('5310', {}, { as: '张建国' })).pin_state).toBe('set')

    const answer = await pay(client, ids.张浩然, NEW_PIN)
    expect(answer.infcode).toBe(0)
    expect(answer.output).toEqual({
      receipt_no: 'DJ20261123000001',
      year: 2027,
      payee: { psn_name: '张浩然', certno: '4101**********017X', age: 12 },
      amount: 40000,
      paid_at: '2026-11-23T14:05:00+08:00',
      balc_after: 312640,
    })
    expect((await client.ok('1101', {}, { as: '张建国' })).balc).toBe(352640 - 40000)
    expect(newestLedgerEntry(client, '张建国')).toMatchObject({
      kind: '代缴',
      amount: -40000,
      balance: 312640,
      party: CERT.张浩然,
      receiptNo: 'DJ20261123000001',
    })
    expect(storedPerson(client, '张浩然').premiumsPaid).toEqual([2026, 2027])

    const afterPay = client.snapshot()
    const again = await pay(client, ids.张浩然, NEW_PIN)
    expect(again).toMatchObject({
      err_code: 'E_ALREADY_PAID',
      err_msg: '该人员2027年度城乡居民医保已缴费，无需重复缴纳。',
    })
    expect(client.snapshot()).toEqual(afterPay)

    const grandma = await pay(client, ids.王桂芝, NEW_PIN)
    expect(grandma.err_code).toBe('E_ALREADY_PAID')
    const newborn = await pay(client, ids.张小满, NEW_PIN, { year: 2026 })
    expect(newborn).toMatchObject({
      err_code: 'E_PAYEE_EXCLUDED',
      err_msg:
        '该人员为新生儿（2026年出生），出生当年的2026年度居民医保暂不支持个人账户代缴，2027年度起可以代缴。',
    })
    expect(client.snapshot()).toEqual(afterPay)

    const later = await client.ok('5310', {}, { as: '张建国' })
    expect(later.balc).toBe(312640)
    expect(later.members.find((m) => m.binding_id === ids.张浩然)).toMatchObject({
      payable: false,
      err_code: 'E_ALREADY_PAID',
    })
  })

  it('does not count 代缴 toward the binding’s annual limit (it governs the member’s spending)', async () => {
    const { client, ids } = await zhangFamilyClient()
    await client.ok('5307', { binding_id: ids.张浩然, annual_limit: 10000 }, { as: '张建国' })
    await changePin(client, '张建国', '000000', NEW_PIN)
    expect((await pay(client, ids.张浩然, NEW_PIN)).infcode).toBe(0)
    const { family } = await client.ok('5301', {}, { as: '张建国' })
    const son = family?.bindings.find((b) => b.binding_id === ids.张浩然)
    expect(son).toMatchObject({ annual_limit: 10000, used_this_year: 0 })
  })

  it('writes exactly the payer, the payee, the ledger page and its index, the receipt, the counter and the message', async () => {
    const { client, ids } = await zhangFamilyClient()
    await changePin(client, '张建国', '000000', NEW_PIN)
    const before = client.snapshot()
    await pay(client, ids.张浩然, NEW_PIN)
    const changed = changedKeys(before, client.snapshot())
    expect(changed.filter((key) => key.startsWith('led:'))).toEqual([
      expect.stringMatching(/^led:P0001:\d+$/),
    ])
    expect(changed.filter((key) => !key.startsWith('led:'))).toEqual([
      'ibx:P0001',
      'ibxp:P0001:0',
      'lix:P0001:d:2026-11-23:0',
      'lix:P0001:k:代缴:0',
      'lix:P0001:m:2026-11:0',
      'lix:P0001:p:P0006:0',
      'meta',
      'prem:DJ20261123000001',
      `psn:${CERT.张建国}`,
      `psn:${CERT.张浩然}`,
    ])
  })
})
