import { rejects } from '../../support/backend-client'
import { bind, settle } from '../../support/scenes'
import { walletClient, ZJG_PIN } from '../../support/wallet-fixtures'

/** 张浩然 (12) uses 张建国 first, then 李秀兰: the story on the seeded balances. */
async function haoranFamily() {
  const client = await walletClient()
  await client.ok('5302', { pledge: true }, { as: '张建国' })
  await client.ok('5302', { pledge: true }, { as: '李秀兰' })
  const ids = {
    张建国: (await bind(client, '张建国', '张浩然', '子女')).binding_id,
    李秀兰: (await bind(client, '李秀兰', '张浩然', '子女')).binding_id,
  }
  return { client, ids }
}

describe('5316 reserve.set (R1): every refusal leaves the state as it was', () => {
  it('refuses 0 %, 91 %, a negative or fractional amount (E_RESERVE_INVALID)', async () => {
    const { client } = await haoranFamily()
    for (const input of [
      { mode: 'percent', value: 0 },
      { mode: 'percent', value: 91 },
      { mode: 'percent', value: 30.5 },
      { mode: 'amount', value: -1 },
      { mode: 'amount', value: 100.5 },
    ]) {
      const answer = await rejects(client, '5316', input, '张建国', 'E_RESERVE_INVALID')
      expect(answer.err_msg).toBe('自留金额设置有误：固定金额不能为负，比例须在1%至90%之间。')
    }
  })

  it('refuses malformed input and people who are not a 共济人', async () => {
    const { client } = await haoranFamily()
    await rejects(client, '5316', { mode: 'all', value: 1 }, '张建国', 'E_BAD_REQUEST')
    await rejects(client, '5316', { mode: 'amount', value: '3000' }, '张建国', 'E_BAD_REQUEST')
    await rejects(client, '5316', { mode: 'none' }, undefined, 'E_NOT_LOGGED_IN')
    await rejects(client, '5316', { mode: 'percent', value: 30 }, '张浩然', 'E_PAYER_NOT_EMPLOYEE')
    await rejects(client, '5316', { mode: 'percent', value: 30 }, '刘强', 'E_PAYER_STATUS')
  })

  it('accepts the edges 1 %, 90 % and ¥0.00, and none again', async () => {
    const { client } = await haoranFamily()
    for (const [mode, value] of [
      ['percent', 1],
      ['percent', 90],
      ['amount', 0],
    ] as const) {
      const { reserve } = await client.ok('5316', { mode, value }, { as: '张建国' })
      expect([reserve.mode, reserve.value]).toEqual([mode, value])
    }
    const { reserve } = await client.ok('5316', { mode: 'none', value: 0 }, { as: '张建国' })
    expect(reserve).toMatchObject({ mode: 'none', amount: 0, avail: 352640 })
  })
})

describe('自留金额 in settlements (R1, R3)', () => {
  it('keeps a fixed ¥3,000.00: 张浩然 sees ¥526.40, a ¥600.00 bill stops there', async () => {
    const { client, ids } = await haoranFamily()
    const { reserve } = await client.ok('5316', { mode: 'amount', value: 300000 }, { as: '张建国' })
    expect(reserve).toMatchObject({ amount: 300000, avail: 52640 })
    expect(reserve.sentence).toBe('家人用不到账户里的最后¥3,000.00，这部分只留给您自己。')
    const family = await client.ok('5301', {}, { as: '张建国' })
    expect(family.family?.reserve.avail).toBe(52640)

    const payers = await client.ok('5308', {}, { as: '张浩然' })
    expect(payers.payers.map((p) => [p.binding.payer.psn_name, p.avail])).toEqual([
      ['张建国', 52640],
      ['李秀兰', 821000],
    ])
    // R3: members see 可用额度, never the 共济人's balance.
    expect(JSON.stringify(payers)).not.toContain('352640')

    const bill = await settle(client, '张浩然', 60000)
    expect(bill.lines.map((l) => [l.payer.psn_name, l.amount])).toEqual([
      ['张建国', 52640],
      ['李秀兰', 7360],
    ])
    const next = await settle(client, '张浩然', 1000)
    expect(next.lines[0]).toMatchObject({ binding_id: ids.张建国, amount: 0 })
    expect(next.lines[0].skip_reason).toBe('已达自留金额')
    expect(next.lines[1].amount).toBe(1000)
    const after = await client.ok('5308', {}, { as: '张浩然' })
    expect(after.payers[0]).toMatchObject({ avail: 0, blocked_reason: '已达自留金额' })
  })

  it('keeps 30 % of this year’s pool, which does not shrink as members spend', async () => {
    const { client } = await haoranFamily()
    const { reserve } = await client.ok('5316', { mode: 'percent', value: 30 }, { as: '张建国' })
    expect(reserve).toMatchObject({ amount: 105792, avail: 246848 })
    expect(reserve.sentence).toBe('家人今年最多用到账户资金的70%，其余30%只留给您自己。')
    const bill = await settle(client, '张浩然', 300000)
    expect(bill.lines.map((l) => l.amount)).toEqual([246848, 53152])
    const second = await settle(client, '张浩然', 5000)
    expect(second.lines.map((l) => [l.amount, l.skip_reason])).toEqual([
      [0, '已达自留金额'],
      [5000, undefined],
    ])
    const family = await client.ok('5301', {}, { as: '张建国' })
    expect(family.family?.reserve).toMatchObject({ amount: 105792, avail: 0 })
  })

  it('never blocks the 共济人’s own spending or 代缴, but warns (R2)', async () => {
    const { client, ids } = await haoranFamily()
    await client.ok('5316', { mode: 'amount', value: 330000 }, { as: '张建国' })
    const own = await settle(client, '张建国', 30000)
    expect(own.acct_pay).toBe(30000)
    const options = await client.ok('5310', {}, { as: '张建国' })
    expect(options.reserve_amount).toBe(330000)
    const receipt = await client.ok(
      '5311',
      { binding_id: ids.张建国, year: 2027, amount: 40000, pin: ZJG_PIN },
      { as: '张建国' },
    )
    expect(receipt.balc_after).toBe(352640 - 30000 - 40000)
    expect(receipt.warning).toBe(
      '本次支出动用了您的自留金额（¥3,300.00），支出后账户余额将低于自留金额。',
    )
  })
})
