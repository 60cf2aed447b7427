import { keys } from '../../../src/backend/state/keys'
import type { BindingRecord, PersonRecord } from '../../../src/backend/state/records'
import { CERT, rejects, TestClient } from '../../support/backend-client'
import { addMember, createFamily } from '../../support/scenes'
import { editRecord } from '../../support/stored-state'

async function activeSon(policy = {}) {
  const client = new TestClient({ policy: policy })
  await createFamily(client, '张建国')
  const { binding } = await addMember(client, '张建国', '张浩然', '子女')
  return { client, id: binding.binding_id }
}

function paidThisYear(client: TestClient, id: string, used: Record<string, number>) {
  return editRecord<BindingRecord>(client, keys.binding(id), (binding) => {
    binding.used = used
  })
}

describe('5307 binding.setLimit (O3)', () => {
  it('sets a yearly limit and takes it away again (null = 不限额)', async () => {
    const { client, id } = await activeSon()
    const limited = await client.ok(
      '5307',
      { binding_id: id, annual_limit: 50000 },
      { as: '张建国' },
    )
    expect(limited.binding.annual_limit).toBe(50000)
    const family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings[0].annual_limit).toBe(50000)
    const open = await client.ok('5307', { binding_id: id, annual_limit: null }, { as: '张建国' })
    expect(open.binding.annual_limit).toBeNull()
  })

  it('accepts a limit equal to what was paid this year', async () => {
    const { client: before, id } = await activeSon()
    const client = paidThisYear(before, id, { '2026': 12345 })
    const { binding } = await client.ok(
      '5307',
      { binding_id: id, annual_limit: 12345 },
      { as: '张建国' },
    )
    expect(binding).toMatchObject({ annual_limit: 12345, used_this_year: 12345 })
  })

  it('refuses a limit below what was paid this year (E_LIMIT_BELOW_USED)', async () => {
    const { client: before, id } = await activeSon()
    const client = paidThisYear(before, id, { '2026': 123456 })
    const answer = await rejects(
      client,
      '5307',
      { binding_id: id, annual_limit: 123455 },
      '张建国',
      'E_LIMIT_BELOW_USED',
    )
    expect(answer.err_msg).toBe('限额不能低于本年度已使用的¥1,234.56。')
  })

  it('counts only the current calendar year', async () => {
    const { client: before, id } = await activeSon()
    const client = paidThisYear(before, id, { '2025': 99999 })
    const { binding } = await client.ok(
      '5307',
      { binding_id: id, annual_limit: 0 },
      { as: '张建国' },
    )
    expect(binding.used_this_year).toBe(0)
  })

  it('is for the 共济人 only (E_FORBIDDEN)', async () => {
    const { client, id } = await activeSon()
    await rejects(client, '5307', { binding_id: id, annual_limit: 100 }, '张浩然', 'E_FORBIDDEN')
    await rejects(client, '5307', { binding_id: id, annual_limit: 100 }, '李秀兰', 'E_FORBIDDEN')
  })

  it('refuses a binding that is not active (E_BINDING_STATE)', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    const { binding } = await addMember(client, '张建国', '张雨萱', '子女')
    const answer = await rejects(
      client,
      '5307',
      { binding_id: binding.binding_id, annual_limit: 100 },
      '张建国',
      'E_BINDING_STATE',
    )
    expect(answer.err_msg).toContain('待确认')
  })

  it('is switched off by the policy limitsEnabled (E_FORBIDDEN)', async () => {
    const { client, id } = await activeSon({ limitsEnabled: false })
    await rejects(client, '5307', { binding_id: id, annual_limit: 100 }, '张建国', 'E_FORBIDDEN')
  })

  it.each([
    ['a negative amount', -1],
    ['a fraction of a 分', 10.5],
    ['yuan as text', '100.00'],
    ['no amount at all', undefined],
  ])('refuses %s (E_BAD_REQUEST)', async (_, annual_limit) => {
    const { client, id } = await activeSon()
    const answer = await rejects(
      client,
      '5307',
      { binding_id: id, annual_limit },
      '张建国',
      'E_BAD_REQUEST',
    )
    expect(answer.err_msg).toBe('请求参数有误：annual_limit。')
  })
})

describe('why a 共济人 cannot pay right now (5308 blocked_reason)', () => {
  it('says nothing when the 共济人 can pay', async () => {
    const { client } = await activeSon()
    const [entry] = (await client.ok('5308', {}, { as: '张浩然' })).payers
    expect(entry.blocked_reason).toBeUndefined()
  })

  it('says when the year’s limit is used up', async () => {
    const { client: before, id } = await activeSon()
    const client = paidThisYear(before, id, { '2026': 5000 })
    await client.ok('5307', { binding_id: id, annual_limit: 5000 }, { as: '张建国' })
    const [entry] = (await client.ok('5308', {}, { as: '张浩然' })).payers
    expect(entry.blocked_reason).toBe('本年度共济限额¥50.00已用完')
  })

  it('says when the 共济人 is suspended (the binding stays, F4)', async () => {
    const { client } = await activeSon()
    await client.ok('9102', { certno: CERT.张建国, psn_insu_stas: '2' })
    const [entry] = (await client.ok('5308', {}, { as: '张浩然' })).payers
    expect(entry.blocked_reason).toContain('暂停参保')
  })

  it('says the account is empty without showing any balance', async () => {
    const { client: before } = await activeSon()
    const client = editRecord<PersonRecord>(before, keys.person(CERT.张建国), (person) => {
      person.balance = 0
    })
    const view = await client.ok('5308', {}, { as: '张浩然' })
    expect(view.payers[0].blocked_reason).toBe('共济人个人账户暂无余额，暂不能支付')
    expect(JSON.stringify(view)).not.toMatch(/balc|352640/)
  })
})
