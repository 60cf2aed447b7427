import { CERT, rejects, TestClient } from '../../support/backend-client'
import { addMember, confirm, createFamily } from '../../support/scenes'

/** 张建国 pays for 张浩然 (active) and asked 张雨萱 (pending); 李秀兰 pays for 张建国. */
async function zhangFamily(policy = {}) {
  const client = new TestClient({ policy: policy })
  await createFamily(client, '张建国')
  await createFamily(client, '李秀兰')
  const son = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
  const daughter = (await addMember(client, '张建国', '张雨萱', '子女')).binding.binding_id
  const spouse = (await addMember(client, '李秀兰', '张建国', '配偶')).binding.binding_id
  await confirm(client, '张建国', spouse)
  return { client, son, daughter, spouse }
}

async function bindingsOf(client: TestClient, payer: '张建国' | '李秀兰') {
  return (await client.ok('5301', {}, { as: payer })).family?.bindings ?? []
}

describe('9102 qa.setStatus and automatic end (F4)', () => {
  it('ends every binding of a person whose insurance ends, on either side', async () => {
    const { client, son, daughter, spouse } = await zhangFamily()
    client.now += 60 * 1000
    const { ended_binding_ids } = await client.ok('9102', {
      certno: CERT.张建国,
      psn_insu_stas: '4',
    })
    expect(ended_binding_ids.sort()).toEqual([son, daughter, spouse].sort())
    const own = await bindingsOf(client, '张建国')
    expect(own.map((b) => [b.binding_id, b.state, b.ended_by])).toEqual([
      [son, 'ended', 'auto'],
      [daughter, 'expired', 'auto'],
    ])
    expect(own[0].end_reason).toBe('共济人参保状态变更为“终止参保”，共济关系已自动解除')
    expect(own[0].ended_at).toBe('2026-11-23T14:06:00+08:00')
    expect(own[1].end_reason).toBe('共济人参保状态变更为“终止参保”，绑定申请已自动失效')
    const [asMember] = await bindingsOf(client, '李秀兰')
    expect(asMember).toMatchObject({ binding_id: spouse, state: 'ended', ended_by: 'auto' })
    expect(asMember.end_reason).toBe('被共济人参保状态变更为“终止参保”，共济关系已自动解除')
    expect((await client.ok('5308', {}, { as: '张浩然' })).payers).toEqual([])
    expect((await client.ok('5308', {}, { as: '张雨萱' })).pending).toEqual([])
    expect((await client.ok('5308', {}, { as: '张建国' })).payers).toEqual([])
  })

  it('ends a member’s bindings when their 参保地 moves out of Henan', async () => {
    const { client, son } = await zhangFamily()
    const { ended_binding_ids } = await client.ok('9102', {
      certno: CERT.张浩然,
      insuplc_admdvs: '440100',
    })
    expect(ended_binding_ids).toEqual([son])
    const [binding] = await bindingsOf(client, '张建国')
    expect(binding.end_reason).toBe('被共济人参保地已转出河南省，共济关系已自动解除')
    const info = await client.ok('1101', {}, { as: '张浩然' })
    expect(info.insuplc_admdvs).toBe('440100')
  })

  it('keeps bindings of a suspended person by default: they stay but cannot pay', async () => {
    const { client } = await zhangFamily()
    const { ended_binding_ids } = await client.ok('9102', {
      certno: CERT.张建国,
      psn_insu_stas: '2',
    })
    expect(ended_binding_ids).toEqual([])
    const states = (await bindingsOf(client, '张建国')).map((b) => b.state)
    expect(states).toEqual(['active', 'pending'])
    expect((await client.ok('1101', {}, { as: '张建国' })).psn_insu_stas).toBe('2')
  })

  it('ends them on suspension where the policy says so (suspendEndsBindings, 江西)', async () => {
    const { client, son, daughter, spouse } = await zhangFamily({ suspendEndsBindings: true })
    const { ended_binding_ids } = await client.ok('9102', {
      certno: CERT.张建国,
      psn_insu_stas: '2',
    })
    expect(ended_binding_ids.sort()).toEqual([son, daughter, spouse].sort())
    const [binding] = await bindingsOf(client, '张建国')
    expect(binding.end_reason).toContain('暂停参保')
  })

  it('leaves closed bindings as they were', async () => {
    const { client, daughter } = await zhangFamily()
    await client.ok('5305', { binding_id: daughter }, { as: '张雨萱' })
    const { ended_binding_ids } = await client.ok('9102', {
      certno: CERT.张雨萱,
      psn_insu_stas: '4',
    })
    expect(ended_binding_ids).toEqual([])
    expect((await bindingsOf(client, '张建国'))[1].state).toBe('declined')
  })

  it('changes nothing else when the person stays insured in Henan', async () => {
    const { client } = await zhangFamily()
    const { ended_binding_ids } = await client.ok('9102', {
      certno: CERT.张浩然,
      insuplc_admdvs: '410300',
    })
    expect(ended_binding_ids).toEqual([])
  })

  it('lets a person whose binding ended automatically be bound again once insured', async () => {
    const { client } = await zhangFamily()
    await client.ok('9102', { certno: CERT.张浩然, insuplc_admdvs: '440100' })
    await client.ok('9102', { certno: CERT.张浩然, insuplc_admdvs: '410100' })
    expect((await addMember(client, '张建国', '张浩然', '子女')).binding.state).toBe('active')
  })

  it.each([
    ['an unknown status', { certno: CERT.张浩然, psn_insu_stas: '3' }, 'psn_insu_stas'],
    ['a short 区划', { certno: CERT.张浩然, insuplc_admdvs: '41' }, 'insuplc_admdvs'],
    ['no change at all', { certno: CERT.张浩然 }, 'psn_insu_stas'],
    ['no certno', { psn_insu_stas: '4' }, 'certno'],
  ])('refuses %s (E_BAD_REQUEST)', async (_, input, field) => {
    const { client } = await zhangFamily()
    const answer = await rejects(client, '9102', input, undefined, 'E_BAD_REQUEST')
    expect(answer.err_msg).toBe(`请求参数有误：${field}。`)
  })

  it('refuses a person the registry does not know (E_NOT_FOUND)', async () => {
    const { client } = await zhangFamily()
    await rejects(
      client,
      '9102',
      { certno: '410105196803120316', psn_insu_stas: '4' },
      undefined,
      'E_NOT_FOUND',
    )
  })

  it('does not exist outside simulated-backend builds (E_FORBIDDEN)', async () => {
    const client = new TestClient({ qa: false })
    await rejects(
      client,
      '9102',
      { certno: CERT.张浩然, psn_insu_stas: '4' },
      undefined,
      'E_FORBIDDEN',
    )
  })
})

describe('9101 face.verify', () => {
  it('issues a five-minute token for the session’s person', async () => {
    const client = new TestClient()
    const output = await client.ok('9101', {}, { as: '张雨萱' })
    expect(output.face_token).toMatch(/^[0-9a-f]{32}$/)
    expect(output.expires_at).toBe('2026-11-23T14:10:00+08:00')
    expect((await client.ok('9101', { pass: true }, { as: '张雨萱' })).face_token).not.toBe(
      output.face_token,
    )
  })

  it('simulates a failed verification (E_FACE_FAILED)', async () => {
    await rejects(new TestClient(), '9101', { pass: false }, '张雨萱', 'E_FACE_FAILED')
  })

  it('needs a session (E_NOT_LOGGED_IN) and a boolean pass (E_BAD_REQUEST)', async () => {
    const client = new TestClient()
    await rejects(client, '9101', {}, undefined, 'E_NOT_LOGGED_IN')
    await rejects(client, '9101', { pass: 'yes' }, '张雨萱', 'E_BAD_REQUEST')
  })
})
