import { CERT, rejects, TestClient } from '../../support/backend-client'
import { DAY_MS } from '../../support/public/demo'
import { addMember, confirm, createFamily, faceToken } from '../../support/scenes'

const add = (member: keyof typeof CERT, relation: string) => ({
  psn_name: member,
  certno: CERT[member],
  relation,
})

async function payerNames(client: TestClient, member: '张浩然' | '张雨萱') {
  const view = await client.ok('5308', {}, { as: member })
  return view.payers.map((p) => p.binding.payer.psn_name)
}

describe('the 张 family binds (persona stories)', () => {
  it('张建国 creates a family, 张浩然 is bound at once, 张雨萱 confirms with her face', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    const son = await addMember(client, '张建国', '张浩然', '子女')
    expect(son.binding.state).toBe('active')
    const daughter = await addMember(client, '张建国', '张雨萱', '子女')
    expect(daughter.binding.state).toBe('pending')
    const asked = await client.ok('5308', {}, { as: '张雨萱' })
    expect(asked.pending.map((b) => b.payer.psn_name)).toEqual(['张建国'])
    const { binding } = await confirm(client, '张雨萱', daughter.binding.binding_id)
    expect(binding.state).toBe('active')
    expect(await payerNames(client, '张雨萱')).toEqual(['张建国'])
    const family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings.map((b) => [b.member.psn_name, b.relation, b.state])).toEqual([
      ['张浩然', '子女', 'active'],
      ['张雨萱', '子女', 'active'],
    ])
  })

  it('李秀兰 also binds 张浩然; a parent changes his order 张建国 → 李秀兰', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await createFamily(client, '李秀兰')
    const father = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
    const mother = (await addMember(client, '李秀兰', '张浩然', '子女')).binding.binding_id
    expect(await payerNames(client, '张浩然')).toEqual(['张建国', '李秀兰'])
    await rejects(client, '5309', { binding_ids: [mother, father] }, '张浩然', 'E_FORBIDDEN')
    await client.ok('5309', { binding_ids: [mother, father] }, { as: '张建国' })
    expect(await payerNames(client, '张浩然')).toEqual(['李秀兰', '张建国'])
  })

  it('张建国 may not bind his 岳母 周淑珍; 李秀兰, her daughter, may', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await createFamily(client, '李秀兰')
    await rejects(client, '5303', add('周淑珍', '母亲'), '张建国', 'E_RELATION_NOT_ALLOWED')
    expect((await addMember(client, '李秀兰', '周淑珍', '母亲')).binding.state).toBe('pending')
  })

  it('张建国 may not bind his brother 张建军, insured in 广州', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    const answer = await rejects(
      client,
      '5303',
      add('张建军', '兄弟姐妹'),
      '张建国',
      'E_MEMBER_OUT_OF_PROVINCE',
    )
    expect(answer.err_msg).toBe(
      '该家庭成员不在河南省内参保，不能办理河南省内家庭共济。可通过“跨省共济（医保钱包）”向其医保钱包转账。',
    )
  })

  it('刘强 (suspended) and 陈静 (not insured) cannot create a family', async () => {
    const client = new TestClient()
    await rejects(client, '5302', { pledge: true }, '刘强', 'E_PAYER_STATUS')
    await rejects(client, '5302', { pledge: true }, '陈静', 'E_PAYER_NOT_EMPLOYEE')
  })

  it('张雨桐, who turned 16 on 2026-03-03, must confirm herself; the day before she need not', async () => {
    const today = new TestClient()
    await createFamily(today, '张建国')
    expect((await addMember(today, '张建国', '张雨桐', '子女')).binding.state).toBe('pending')

    const dayBefore = new TestClient()
    dayBefore.now = Date.parse('2026-03-02T23:59:59+08:00')
    await createFamily(dayBefore, '张建国')
    expect((await addMember(dayBefore, '张建国', '张雨桐', '子女')).binding.state).toBe('active')

    const birthday = new TestClient()
    birthday.now = Date.parse('2026-03-03T00:00:00+08:00')
    await createFamily(birthday, '张建国')
    expect((await addMember(birthday, '张建国', '张雨桐', '子女')).binding.state).toBe('pending')
  })

  it('an unanswered request expires after 7 days', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    const { binding } = await addMember(client, '张建国', '张雨萱', '子女')
    client.now += 7 * DAY_MS
    const token = await faceToken(client, '张雨萱')
    await rejects(
      client,
      '5304',
      { binding_id: binding.binding_id, face_token: token },
      '张雨萱',
      'E_BINDING_STATE',
    )
    const family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings[0].state).toBe('expired')
  })

  it('张建国’s insurance ends (9102): his bindings end, 李秀兰 keeps paying for 张浩然', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await createFamily(client, '李秀兰')
    const father = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
    await addMember(client, '李秀兰', '张浩然', '子女')
    const { ended_binding_ids } = await client.ok('9102', {
      certno: CERT.张建国,
      psn_insu_stas: '4',
    })
    expect(ended_binding_ids).toEqual([father])
    expect(await payerNames(client, '张浩然')).toEqual(['李秀兰'])
  })

  it('keeps every binding across a new backend over the same store', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await createFamily(client, '李秀兰')
    const son = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
    await addMember(client, '李秀兰', '张浩然', '子女')
    const daughter = (await addMember(client, '张建国', '张雨萱', '子女')).binding.binding_id
    await client.ok('5306', { binding_id: son }, { as: '张建国' })
    await client.ok('5305', { binding_id: daughter }, { as: '张雨萱' })
    const family = await client.ok('5301', {}, { as: '张建国' })
    const payers = await client.ok('5308', {}, { as: '张浩然' })

    const restarted = client.reopen()
    expect(await restarted.ok('5301', {}, { as: '张建国' })).toEqual(family)
    expect(await restarted.ok('5308', {}, { as: '张浩然' })).toEqual(payers)
    const again = (await addMember(restarted, '张建国', '张浩然', '子女')).binding.binding_id
    expect([son, daughter]).not.toContain(again)
  })

  it('answers a repeated binding.add msgid with the same binding and creates nothing', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    const input = add('张浩然', '子女')
    const first = await client.raw('5303', input, { as: '张建国', msgid: 'add-son' })
    const snapshot = client.snapshot()
    const again = await client.raw('5303', input, { as: '张建国', msgid: 'add-son' })
    expect(again).toEqual(first)
    expect(client.snapshot()).toEqual(snapshot)
    const family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings).toHaveLength(1)
    const other = await client.raw('5303', add('张雨萱', '子女'), {
      as: '张建国',
      msgid: 'add-son',
    })
    expect(other.err_code).toBe('E_MSGID_REUSED')
    expect(client.snapshot()).toEqual(snapshot)
  })
})
