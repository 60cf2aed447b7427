import { rejects } from '../../support/backend-client'
import { bind, changePin, zhangFamilyClient } from '../../support/scenes'
import { editPerson } from '../../support/stored-state'

const PIN = '714825'
const at = (iso: string) => Date.parse(iso)

async function readyFamily(policy = {}) {
  const family = await zhangFamilyClient(policy)
  await changePin(family.client, '张建国', '000000', PIN)
  return family
}

const payInput = (binding_id: string, extra: Record<string, unknown> = {}) => ({
  binding_id,
  year: 2027,
  amount: 40000,
  pin: PIN,
  ...extra,
})

describe('5311 premium.pay: every refusal leaves the state as it was', () => {
  it('checks the input first (E_BAD_REQUEST), naming the field but never the PIN', async () => {
    const { client, ids } = await readyFamily()
    const cases: [Record<string, unknown>, string][] = [
      [{ pin: '12345' }, 'pin'],
      [{ pin: 714825 }, 'pin'],
      [{ pin: undefined }, 'pin'],
      [{ amount: -40000 }, 'amount'],
      [{ amount: 400.5 }, 'amount'],
      [{ year: '2027' }, 'year'],
      [{ binding_id: '' }, 'binding_id'],
    ]
    for (const [patch, field] of cases) {
      const answer = await rejects(
        client,
        '5311',
        payInput(ids.张浩然, patch),
        '张建国',
        'E_BAD_REQUEST',
      )
      expect(answer.err_msg).toBe(`请求参数有误：${field}。`)
    }
  })

  it('needs a session and a 共济人 who can pay (S1)', async () => {
    const { client, ids } = await readyFamily()
    await rejects(client, '5311', payInput(ids.张浩然), undefined, 'E_NOT_LOGGED_IN')
    await rejects(client, '5311', payInput(ids.张浩然), '张浩然', 'E_PAYER_NOT_EMPLOYEE')
    await rejects(client, '5311', payInput(ids.张浩然), '刘强', 'E_PAYER_STATUS')
  })

  it('pays only for an active binding of the caller’s own family (E_NOT_BOUND)', async () => {
    const { client, ids } = await readyFamily()
    await client.ok('5302', { pledge: true }, { as: '李秀兰' })
    const hers = (await bind(client, '李秀兰', '张浩然', '子女')).binding_id
    const pending = (
      await client.ok(
        '5303',
        { psn_name: '张雨萱', certno: '410302200609010287', relation: '子女' },
        { as: '张建国' },
      )
    ).binding.binding_id
    await client.ok('5306', { binding_id: ids.张小满 }, { as: '张建国' })
    for (const id of [hers, pending, ids.张小满, 'B99999999']) {
      const answer = await rejects(client, '5311', payInput(id), '张建国', 'E_NOT_BOUND')
      expect(answer.err_msg).toBe('请先将该家庭成员绑定为共济成员后再办理代缴。')
    }
    // The member side of a binding is not its payer either.
    await client.ok('5302', { pledge: true }, { as: '张伟' })
    await rejects(client, '5311', payInput(ids.张浩然), '张伟', 'E_NOT_BOUND')
  })

  it('refuses a 职工医保 payee (E_PAYEE_EMPLOYEE)', async () => {
    const { client } = await readyFamily()
    const id = (await bind(client, '张建国', '张伟', '子女')).binding_id
    await rejects(client, '5311', payInput(id), '张建国', 'E_PAYEE_EMPLOYEE')
  })

  it('refuses a newborn for the year of birth and a 资助参保 payee, saying which (E_PAYEE_EXCLUDED)', async () => {
    const family = await readyFamily()
    const newborn = await rejects(
      family.client,
      '5311',
      payInput(family.ids.张小满, { year: 2026 }),
      '张建国',
      'E_PAYEE_EXCLUDED',
    )
    expect(newborn.err_msg).toBe(
      '该人员为新生儿（2026年出生），出生当年的2026年度居民医保暂不支持个人账户代缴，2027年度起可以代缴。',
    )
    const client = editPerson(family.client, '张浩然', (p) => {
      p.subsidised = true
    })
    const subsidised = await rejects(
      client,
      '5311',
      payInput(family.ids.张浩然),
      '张建国',
      'E_PAYEE_EXCLUDED',
    )
    expect(subsidised.err_msg).toBe(
      '该人员为资助参保人员，个人缴费部分由政府资助，暂不支持个人账户代缴；资助身份取消后可以代缴。',
    )
  })

  it('pays for a baby born in 2026 for 2027年度 (D1 compares the premium year)', async () => {
    const { client, ids } = await readyFamily()
    const receipt = await client.ok('5311', payInput(ids.张小满), { as: '张建国' })
    expect(receipt).toMatchObject({ year: 2027, payee: { psn_name: '张小满' } })
  })

  it('lets the policy pay for a newborn when it does not exclude them', async () => {
    const birthYearOpen = [
      { year: 2026, periodStart: '2026-06-01', periodEnd: '2026-12-31', standard: 40000 },
    ]
    const { client, ids } = await readyFamily({
      newbornAndSubsidisedExcluded: false,
      premiumYears: birthYearOpen,
    })
    const input = payInput(ids.张小满, { year: 2026 })
    const receipt = await client.ok('5311', input, { as: '张建国' })
    expect(receipt.payee.psn_name).toBe('张小满')
  })

  it('pays only the year being collected (E_OUT_OF_PERIOD), naming its period', async () => {
    const { client, ids } = await readyFamily()
    const closed = await rejects(
      client,
      '5311',
      payInput(ids.张浩然, { year: 2026 }),
      '张建国',
      'E_OUT_OF_PERIOD',
    )
    expect(closed.err_msg).toBe(
      '当前不在2026年度城乡居民医保缴费期（2025年9月1日至2025年12月31日）。',
    )
    client.now = at('2027-01-01T00:00:00+08:00')
    const late = await rejects(client, '5311', payInput(ids.张浩然), '张建国', 'E_OUT_OF_PERIOD')
    expect(late.err_msg).toBe(
      '当前不在2027年度城乡居民医保缴费期（2026年9月1日至2026年12月31日）。',
    )
    // A year before the policy table was never offered: a malformed request.
    client.now = at('2026-11-23T14:05:00+08:00')
    await rejects(client, '5311', payInput(ids.张浩然, { year: 2024 }), '张建国', 'E_BAD_REQUEST')
  })

  it('accepts the last day of the period', async () => {
    const { client, ids } = await readyFamily()
    client.now = at('2026-12-31T23:59:59+08:00')
    const receipt = await client.ok('5311', payInput(ids.张浩然), { as: '张建国' })
    expect(receipt.receipt_no).toBe('DJ20261231000001')
  })

  it('takes exactly the standard (E_AMOUNT)', async () => {
    const { client, ids } = await readyFamily()
    for (const amount of [39999, 40001, 80000]) {
      const answer = await rejects(
        client,
        '5311',
        payInput(ids.张浩然, { amount }),
        '张建国',
        'E_AMOUNT',
      )
      expect(answer.err_msg).toBe('2027年度城乡居民医保个人缴费标准为¥400.00，请核对金额。')
    }
  })

  it('pays a year once per payee (E_ALREADY_PAID)', async () => {
    const { client, ids } = await readyFamily()
    await rejects(client, '5311', payInput(ids.王桂芝), '张建国', 'E_ALREADY_PAID')
  })

  it('needs the balance to cover it (E_BALANCE)', async () => {
    const family = await readyFamily()
    const client = editPerson(family.client, '张建国', (p) => {
      p.balance = 39999
    })
    const answer = await rejects(client, '5311', payInput(family.ids.张浩然), '张建国', 'E_BALANCE')
    expect(answer.err_msg).toBe('您的个人账户余额（¥399.99）不足以支付¥400.00。')
  })

  it('judges the payee before the year, the year before the amount, the money before the PIN', async () => {
    const { client, ids } = await readyFamily()
    const wrong = { pin: '000001', amount: 1, year: 2026 }
    await rejects(client, '5311', payInput(ids.张小满, wrong), '张建国', 'E_PAYEE_EXCLUDED')
    await rejects(client, '5311', payInput(ids.张浩然, wrong), '张建国', 'E_OUT_OF_PERIOD')
    await rejects(
      client,
      '5311',
      payInput(ids.张浩然, { ...wrong, year: 2027 }),
      '张建国',
      'E_AMOUNT',
    )
    await rejects(
      client,
      '5311',
      payInput(ids.王桂芝, { pin: '000001' }),
      '张建国',
      'E_ALREADY_PAID',
    )
  })

  it('refuses payment with the initial PIN, even when it is typed right (E_PIN_INITIAL)', async () => {
    const { client, ids } = await zhangFamilyClient()
    await rejects(
      client,
      '5311',
      payInput(ids.张浩然, { pin: '000000' }),
      '张建国',
      'E_PIN_INITIAL',
    )
  })
})
