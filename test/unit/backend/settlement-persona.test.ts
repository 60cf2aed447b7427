import { CERT, TestClient } from '../../support/backend-client'
import { balanceOf, bind, setLimit, settle } from '../../support/scenes'

/**
 * The persona story of the rule book: 张浩然 (12, 390) is bound by 张建国, then 李秀兰; 张建国's
 * limit leaves ¥100.00; a ¥300.00 pharmacy purchase is split 100 / 200 in deduction order, both
 * 共济人 see it, and a partial refund goes back to the last 共济人.
 */
describe('张浩然 buys medicine paid by two 共济人', () => {
  async function story() {
    const client = new TestClient()
    const byFather = await bind(client, '张建国', '张浩然', '子女')
    const byMother = await bind(client, '李秀兰', '张浩然', '子女')
    await setLimit(client, '张建国', byFather.binding_id, 10000)
    const before = {
      张建国: await balanceOf(client, '张建国'),
      李秀兰: await balanceOf(client, '李秀兰'),
    }
    const settlement = await settle(client, '张浩然', 30000, { inst_name: '张仲景大药房' })
    return { client, byFather, byMother, before, settlement }
  }

  it('splits ¥300.00 as 张建国 ¥100.00 (his limit), 李秀兰 ¥200.00, no cash', async () => {
    const { client, byFather, byMother, before, settlement } = await story()
    expect(settlement).toMatchObject({
      amount: 30000,
      acct_pay: 0,
      acct_mulaid_pay: 30000,
      psn_cash_pay: 0,
      inst_type: '零售药店',
      category: '药品',
      patient: { psn_name: '张浩然', certno: '4101**********017X' },
    })
    expect(settlement.lines).toEqual([
      expect.objectContaining({ binding_id: byFather.binding_id, amount: 10000 }),
      expect.objectContaining({ binding_id: byMother.binding_id, amount: 20000 }),
    ])
    expect(settlement.lines[0].payer).toMatchObject({ psn_name: '张建国' })
    expect(JSON.stringify(settlement)).not.toContain(CERT.张建国)
    expect(await balanceOf(client, '张建国')).toBe((before.张建国 ?? 0) - 10000)
    expect(await balanceOf(client, '李秀兰')).toBe((before.李秀兰 ?? 0) - 20000)
    const family = await client.ok('5301', {}, { as: '张建国' })
    expect(family.family?.bindings[0]).toMatchObject({ used_this_year: 10000, annual_limit: 10000 })
  })

  it('shows in both 共济人 账户变动 and 消费记录, and in 张浩然 消费记录', async () => {
    const { client, settlement } = await story()
    for (const [payer, part] of [
      ['张建国', 10000],
      ['李秀兰', 20000],
    ] as const) {
      const changes = await client.ok('5313', { limit: 5 }, { as: payer })
      expect(changes.rows[0]).toMatchObject({
        kind: '共济支出',
        amount: -part,
        setl_id: settlement.setl_id,
        member: { psn_name: '张浩然', certno: '4101**********017X' },
      })
      const consumption = await client.ok('5314', { limit: 5 }, { as: payer })
      // A1: a 共济人 sees what left their own account, not the whole bill.
      expect(consumption.rows[0]).toMatchObject({
        kind: '共济支出',
        total: part,
        from_account: part,
        psn_cash_pay: 0,
        paid_by: [],
        member: { psn_name: '张浩然' },
      })
    }
    const own = await client.ok('5314', {}, { as: '张浩然' })
    expect(own.rows).toHaveLength(1)
    expect(own.rows[0]).toMatchObject({
      kind: '本人消费',
      total: 30000,
      from_account: 0,
      psn_cash_pay: 0,
      inst_name: '张仲景大药房',
      paid_by: [
        { payer: { psn_name: '张建国' }, amount: 10000 },
        { payer: { psn_name: '李秀兰' }, amount: 20000 },
      ],
    })
    expect(await client.ok('5313', {}, { as: '张浩然' })).toEqual({ rows: [], next_cursor: null })
  })

  it('shows the whole split to 张浩然 and to each 共济人 only their own part (A1)', async () => {
    const { client, settlement } = await story()
    const [row] = (await client.ok('5314', {}, { as: '张浩然' })).rows
    const mine = await client.ok('5315', { id: row.id }, { as: '张浩然' })
    expect(mine.row).toBeUndefined()
    expect(mine.settlement).toMatchObject({
      setl_id: settlement.setl_id,
      acct_mulaid_pay: 30000,
      lines: [{ amount: 10000 }, { amount: 20000 }],
    })
    const [fathers] = (await client.ok('5313', {}, { as: '张建国' })).rows
    const his = await client.ok('5315', { id: fathers.id }, { as: '张建国' })
    expect(his.row).toMatchObject({ kind: '共济支出', amount: -10000 })
    expect(his.settlement?.lines).toEqual([
      expect.objectContaining({ payer: expect.objectContaining({ psn_name: '张建国' }) }),
    ])
    expect(his.settlement).toMatchObject({
      amount: 10000,
      acct_pay: 0,
      acct_mulaid_pay: 10000,
      psn_cash_pay: 0,
      payer_part_only: true,
    })
    expect(JSON.stringify(his.settlement)).not.toContain('李秀兰')
  })

  it('returns a ¥50.00 partial refund to 李秀兰, the last 共济人', async () => {
    const { client, byFather, byMother, before, settlement } = await story()
    const refund = await client.ok('2208', { setl_id: settlement.setl_id, amount: 5000 })
    expect(refund.parts).toEqual([
      expect.objectContaining({ account: 'mulaid', binding_id: byMother.binding_id, amount: 5000 }),
    ])
    expect(refund.refundable_after).toBe(25000)
    expect(await balanceOf(client, '李秀兰')).toBe((before.李秀兰 ?? 0) - 15000)
    expect(await balanceOf(client, '张建国')).toBe((before.张建国 ?? 0) - 10000)
    const [latest] = (await client.ok('5313', {}, { as: '李秀兰' })).rows
    expect(latest).toMatchObject({ kind: '退费', amount: 5000, member: { psn_name: '张浩然' } })
    const payers = await client.ok('5301', {}, { as: '李秀兰' })
    expect(payers.family?.bindings[0].used_this_year).toBe(15000)
    const fathers = await client.ok('5301', {}, { as: '张建国' })
    expect(fathers.family?.bindings[0]).toMatchObject({
      binding_id: byFather.binding_id,
      used_this_year: 10000,
    })
    const [row] = (await client.ok('5314', {}, { as: '张浩然' })).rows
    expect(row.refunded).toBe(5000)
  })
})
