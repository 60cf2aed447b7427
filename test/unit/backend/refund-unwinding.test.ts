import type { SettlementView } from '../../../src/domain/api'
import { CERT, type PersonaName, TestClient } from '../../support/backend-client'
import { balanceOf, bind, setLimit, settle } from '../../support/scenes'

async function balances(client: TestClient, who: PersonaName[]) {
  const out: Record<string, number | null> = {}
  for (const name of who) out[name] = await balanceOf(client, name)
  return out
}

async function usedOf(client: TestClient, payer: PersonaName, member: string) {
  const family = await client.ok('5301', {}, { as: payer })
  return family.family?.bindings.find((b) => b.member.psn_name === member)?.used_this_year
}

/** 张伟 (310) pays ¥1,200 from his own account, ¥30 via 张建国, ¥20 via 李秀兰 and ¥5 in cash. */
async function mixedSettlement(): Promise<{ client: TestClient; settlement: SettlementView }> {
  const client = new TestClient()
  const father = await bind(client, '张建国', '张伟', '子女')
  const mother = await bind(client, '李秀兰', '张伟', '子女')
  await setLimit(client, '张建国', father.binding_id, 3000)
  await setLimit(client, '李秀兰', mother.binding_id, 2000)
  const settlement = await settle(client, '张伟', 120000 + 3000 + 2000 + 500, {
    inst_type: '医院住院',
    category: '诊疗',
  })
  expect(settlement).toMatchObject({ acct_pay: 120000, acct_mulaid_pay: 5000, psn_cash_pay: 500 })
  return { client, settlement }
}

describe('2208 qa.refund: T3 unwinding', () => {
  // The first test also starts the mock server in the contract-http run, on a loaded machine.
  it('refunds cash first, then the last 共济人, then the first, own account last', async () => {
    const { client, settlement } = await mixedSettlement()
    const start = await balances(client, ['张伟', '张建国', '李秀兰'])
    const first = await client.ok('2208', { setl_id: settlement.setl_id, amount: 1000 })
    expect(first.parts.map((p) => [p.account, p.payer?.psn_name, p.amount])).toEqual([
      ['cash', undefined, 500],
      ['mulaid', '李秀兰', 500],
    ])
    const second = await client.ok('2208', { setl_id: settlement.setl_id, amount: 4000 })
    expect(second.parts.map((p) => [p.account, p.payer?.psn_name, p.amount])).toEqual([
      ['mulaid', '李秀兰', 1500],
      ['mulaid', '张建国', 2500],
    ])
    expect(second.refundable_after).toBe(120500)
    const rest = await client.ok('2208', { setl_id: settlement.setl_id, amount: 120500 })
    expect(rest.parts.map((p) => [p.account, p.amount])).toEqual([
      ['mulaid', 500],
      ['own', 120000],
    ])
    expect(rest.settlement).toMatchObject({ refunded: 125500, refundable: 0 })
    expect(await balances(client, ['张伟', '张建国', '李秀兰'])).toEqual({
      张伟: (start.张伟 ?? 0) + 120000,
      张建国: (start.张建国 ?? 0) + 3000,
      李秀兰: (start.李秀兰 ?? 0) + 2000,
    })
    expect(await usedOf(client, '张建国', '张伟')).toBe(0)
    expect(await usedOf(client, '李秀兰', '张伟')).toBe(0)
  }, 30_000)

  it('writes a 退费 entry on each account the money returns to', async () => {
    const { client, settlement } = await mixedSettlement()
    await client.ok('2208', { setl_id: settlement.setl_id, amount: 125500 })
    const [own] = (await client.ok('5313', {}, { as: '张伟' })).rows
    expect(own).toMatchObject({ kind: '退费', amount: 120000, setl_id: settlement.setl_id })
    expect(own.member).toBeUndefined()
    const [payer] = (await client.ok('5313', { kinds: ['退费'] }, { as: '张建国' })).rows
    expect(payer).toMatchObject({ kind: '退费', amount: 3000, member: { psn_name: '张伟' } })
  })

  it('never refunds more than is left (E_REFUND_EXCEEDS names the refundable amount)', async () => {
    const { client, settlement } = await mixedSettlement()
    await client.ok('2208', { setl_id: settlement.setl_id, amount: 125000 })
    const before = client.snapshot()
    const answer = await client.raw('2208', { setl_id: settlement.setl_id, amount: 501 })
    expect(answer.err_code).toBe('E_REFUND_EXCEEDS')
    expect(answer.err_msg).toBe('退费金额不能超过原结算金额中未退部分（¥5.00）。')
    expect(client.snapshot()).toEqual(before)
  })

  it('rejects an unknown settlement and a non-positive amount without changing anything', async () => {
    const client = new TestClient()
    const before = client.snapshot()
    expect(await client.fail('2208', { setl_id: 'S99999999', amount: 100 })).toBe('E_NOT_FOUND')
    expect(await client.fail('2208', { setl_id: 'S00000001', amount: 0 })).toBe('E_BAD_REQUEST')
    expect(await client.fail('2208', { setl_id: 'S00000001', amount: -5 })).toBe('E_BAD_REQUEST')
    expect(client.snapshot()).toEqual(before)
  })

  it('returns a 共济人 part to their account even after the binding ended', async () => {
    const client = new TestClient()
    const father = await bind(client, '张建国', '张浩然', '子女')
    const settlement = await settle(client, '张浩然', 6000)
    await client.ok('5306', { binding_id: father.binding_id }, { as: '张浩然' })
    const before = (await balanceOf(client, '张建国')) ?? 0
    const refund = await client.ok('2208', { setl_id: settlement.setl_id, amount: 6000 })
    expect(refund.parts).toEqual([
      expect.objectContaining({ account: 'mulaid', binding_id: father.binding_id, amount: 6000 }),
    ])
    expect(await balanceOf(client, '张建国')).toBe(before + 6000)
    const family = await client.ok('5301', {}, { as: '张建国' })
    expect(family.family?.bindings[0]).toMatchObject({ state: 'ended', used_this_year: 0 })
  })

  it("lowers the binding's use in the settlement's year, not the current one", async () => {
    const client = new TestClient()
    const father = await bind(client, '张建国', '张浩然', '子女')
    const december = await settle(client, '张浩然', 4000)
    client.now = Date.parse('2027-01-05T09:00:00+08:00')
    await settle(client, '张浩然', 1000)
    await client.ok('2208', { setl_id: december.setl_id, amount: 4000 })
    const family = await client.ok('5301', {}, { as: '张建国' })
    expect(family.family?.bindings[0]).toMatchObject({
      binding_id: father.binding_id,
      used_this_year: 1000,
    })
  })

  it('refunds a cash-only settlement without touching any account', async () => {
    const client = new TestClient()
    const settlement = await settle(client, '张雨桐', 2500)
    expect(settlement.psn_cash_pay).toBe(2500)
    const refund = await client.ok('2208', { setl_id: settlement.setl_id, amount: 2500 })
    expect(refund.parts).toEqual([{ account: 'cash', amount: 2500 }])
    expect((await client.ok('5314', {}, { as: '张雨桐' })).rows[0].refunded).toBe(2500)
  })

  it('refunds a seeded own purchase back to the own account', async () => {
    const client = new TestClient()
    const [purchase] = (await client.ok('5314', {}, { as: '李秀兰' })).rows
    const before = (await balanceOf(client, '李秀兰')) ?? 0
    const refund = await client.ok('2208', { setl_id: purchase.setl_id ?? '', amount: 100 })
    expect(refund.parts).toEqual([{ account: 'own', amount: 100 }])
    expect(await balanceOf(client, '李秀兰')).toBe(before + 100)
  })

  it('A2: a repeated refund msgid returns the first answer and refunds once', async () => {
    const client = new TestClient()
    const settlement = await settle(client, '张建国', 3000)
    const first = await client.ok(
      '2208',
      { setl_id: settlement.setl_id, amount: 1000 },
      {
        msgid: 'refund-1',
      },
    )
    const balance = await balanceOf(client, '张建国')
    const again = await client.ok(
      '2208',
      { setl_id: settlement.setl_id, amount: 1000 },
      {
        msgid: 'refund-1',
      },
    )
    expect(again).toEqual(first)
    expect(await balanceOf(client, '张建国')).toBe(balance)
    expect(JSON.stringify(first)).not.toContain(CERT.张建国)
  })
})
