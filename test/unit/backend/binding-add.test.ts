import { keys } from '../../../src/backend/state/keys'
import type { PersonRecord } from '../../../src/backend/state/records'
import { checkDigit } from '../../../src/domain/id-number'
import { CERT, rejects, TestClient } from '../../support/backend-client'
import { addMember, confirm, createFamily } from '../../support/scenes'
import { editRecord } from '../../support/stored-state'

/** A valid ID number the registry does not know. */
const UNKNOWN = `41010519800101001${checkDigit('41010519800101001')}`

const add = (psn_name: string, certno: string, relation: string) => ({
  psn_name,
  certno,
  relation,
})

async function zhangFamily() {
  const client = new TestClient()
  await createFamily(client, '张建国')
  return client
}

describe('5303 binding.add: who is bound and how (F2, O1)', () => {
  it('binds 张浩然 (12) at once and puts 张建国 first in his deduction order', async () => {
    const client = await zhangFamily()
    const { binding, warning } = await addMember(client, '张建国', '张浩然', '子女')
    expect(warning).toBeUndefined()
    expect(binding).toEqual({
      binding_id: expect.any(String),
      payer: { psn_name: '张建国', certno: '4101**********0315', age: 58 },
      member: { psn_name: '张浩然', certno: '4101**********017X', age: 12 },
      relation: '子女',
      state: 'active',
      annual_limit: null,
      used_this_year: 0,
      created_at: '2026-11-23T14:05:00+08:00',
    })
    const family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings).toEqual([binding])
    const view = await client.ok('5308', {}, { as: '张浩然' })
    expect(view.payers.map((p) => [p.order, p.binding.binding_id])).toEqual([
      [1, binding.binding_id],
    ])
  })

  it('leaves 张雨萱 (20) pending for 7 days, outside her deduction order', async () => {
    const client = await zhangFamily()
    const { binding } = await addMember(client, '张建国', '张雨萱', '子女')
    expect(binding.state).toBe('pending')
    expect(binding.expires_at).toBe('2026-11-30T14:05:00+08:00')
    const view = await client.ok('5308', {}, { as: '张雨萱' })
    expect(view.payers).toEqual([])
    expect(view.pending).toEqual([binding])
  })

  it('uses the policy pendingDays', async () => {
    const client = new TestClient({ policy: { pendingDays: 3 } })
    await createFamily(client, '张建国')
    const { binding } = await addMember(client, '张建国', '张伟', '子女')
    expect(binding.expires_at).toBe('2026-11-26T14:05:00+08:00')
  })

  it('asks a grandson’s (孙子女) parent to confirm, across the registry’s parent links', async () => {
    const client = await zhangFamily()
    const { binding } = await addMember(client, '张建国', '张小满', '孙子女')
    expect(binding).toMatchObject({ state: 'pending', confirmer: 'guardian' })
  })

  it('binds a member insured in another Henan 统筹区 (王桂芝, 南阳)', async () => {
    const client = await zhangFamily()
    const { binding } = await addMember(client, '张建国', '王桂芝', '母亲')
    expect(binding.state).toBe('pending')
  })

  it('accepts a lowercase x and surrounding spaces in the ID number', async () => {
    const client = await zhangFamily()
    const { binding } = await client.ok(
      '5303',
      add('张浩然', ' 41010520140520017x ', '子女') as never,
      { as: '张建国' },
    )
    expect(binding.member.certno).toBe('4101**********017X')
  })

  it('never echoes a full ID number', async () => {
    const client = await zhangFamily()
    const output = await addMember(client, '张建国', '张浩然', '子女')
    const text = JSON.stringify(output)
    expect(text).not.toContain(CERT.张浩然)
    expect(text).not.toContain(CERT.张建国)
  })

  it('warns, but binds, when the 共济人’s balance is zero (S7)', async () => {
    const client = editRecord<PersonRecord>(
      await zhangFamily(),
      keys.person(CERT.张建国),
      (person) => {
        person.balance = 0
      },
    )
    const { binding, warning } = await addMember(client, '张建国', '张浩然', '子女')
    expect(binding.state).toBe('active')
    expect(warning).toContain('余额为¥0.00')
  })
})

describe('5303 binding.add: rejections', () => {
  it.each([
    ['no name', { certno: CERT.张浩然, relation: '子女' }, 'psn_name'],
    ['a numeric ID', { psn_name: '张浩然', certno: 41010520140520, relation: '子女' }, 'certno'],
    ['no relation', { psn_name: '张浩然', certno: CERT.张浩然 }, 'relation'],
    ['an array', [], 'input'],
  ])('refuses %s (E_BAD_REQUEST)', async (_, input, field) => {
    const client = await zhangFamily()
    const answer = await rejects(client, '5303', input, '张建国', 'E_BAD_REQUEST')
    expect(answer.err_msg).toBe(`请求参数有误：${field}。`)
  })

  it.each([
    ['陈静', 'E_PAYER_NOT_EMPLOYEE'],
    ['张雨萱', 'E_PAYER_NOT_EMPLOYEE'],
    ['刘强', 'E_PAYER_STATUS'],
    ['张建军', 'E_PAYER_OUT_OF_PROVINCE'],
  ] as const)('refuses %s as 共济人 (%s)', async (payer, code) => {
    const client = new TestClient()
    await rejects(client, '5303', add('张浩然', CERT.张浩然, '子女'), payer, code)
  })

  it('refuses a 共济人 without a family (E_NO_FAMILY)', async () => {
    const client = new TestClient()
    const answer = await rejects(
      client,
      '5303',
      add('张小满', CERT.张小满, '子女'),
      '张伟',
      'E_NO_FAMILY',
    )
    expect(answer.err_msg).toBe('请先创建共济家庭。')
  })

  it('refuses a relation the picker does not offer (E_RELATION_NOT_ALLOWED)', async () => {
    const client = await zhangFamily()
    await rejects(
      client,
      '5303',
      add('周淑珍', CERT.周淑珍, '岳母'),
      '张建国',
      'E_RELATION_NOT_ALLOWED',
    )
  })

  it.each([
    ['a wrong check digit', '410105196803120316'],
    ['17 characters', '41010520140520017'],
    ['letters', '41010520140520A17X'],
    ['an impossible birth date', `41010519800230001${checkDigit('41010519800230001')}`],
    ['a birth date after today', `41010520261124001${checkDigit('41010520261124001')}`],
  ])('refuses an ID number with %s (E_ID_INVALID)', async (_, certno) => {
    const client = await zhangFamily()
    await rejects(client, '5303', add('张浩然', certno, '子女'), '张建国', 'E_ID_INVALID')
  })

  it('refuses a name that does not match the ID (E_NAME_MISMATCH)', async () => {
    const client = await zhangFamily()
    const answer = await rejects(
      client,
      '5303',
      add('张浩', CERT.张浩然, '子女'),
      '张建国',
      'E_NAME_MISMATCH',
    )
    expect(answer.err_msg).toBe('姓名与身份证号码不一致，请核对后重试。')
  })

  it('gives an unknown ID the same answer as a wrong name (E_NAME_MISMATCH)', async () => {
    const client = await zhangFamily()
    await rejects(client, '5303', add('张三', UNKNOWN, '子女'), '张建国', 'E_NAME_MISMATCH')
  })

  it('refuses to bind oneself (E_SELF)', async () => {
    const client = await zhangFamily()
    await rejects(client, '5303', add('张建国', CERT.张建国, '配偶'), '张建国', 'E_SELF')
  })

  it('refuses an in-law: 周淑珍 is 张建国’s 岳母 (E_RELATION_NOT_ALLOWED)', async () => {
    const client = await zhangFamily()
    const answer = await rejects(
      client,
      '5303',
      add('周淑珍', CERT.周淑珍, '母亲'),
      '张建国',
      'E_RELATION_NOT_ALLOWED',
    )
    // 母亲 is on the list, so the answer says that a mother-in-law is not 近亲属 (S2).
    expect(answer.err_msg).toBe(
      '登记信息显示该人员不是您的近亲属。岳父母、公婆、儿媳、女婿等姻亲不属于家庭共济的近亲属，不能绑定；可以由其本人的子女或配偶为其绑定。',
    )
  })

  it('refuses a stranger (E_RELATION_NOT_ALLOWED)', async () => {
    const client = await zhangFamily()
    await rejects(
      client,
      '5303',
      add('刘强', CERT.刘强, '兄弟姐妹'),
      '张建国',
      'E_RELATION_NOT_ALLOWED',
    )
  })

  it.each([
    ['张浩然', '兄弟姐妹'],
    ['王桂芝', '外祖父母'],
    ['李秀兰', '子女'],
  ] as const)('refuses %s declared as %s (E_RELATION_MISMATCH)', async (member, relation) => {
    const client = await zhangFamily()
    await rejects(
      client,
      '5303',
      add(member, CERT[member], relation),
      '张建国',
      'E_RELATION_MISMATCH',
    )
  })

  it('refuses a member who is not insured (E_MEMBER_NOT_INSURED)', async () => {
    const client = await zhangFamily()
    await client.ok('9102', { certno: CERT.张浩然, psn_insu_stas: '0' })
    const answer = await rejects(
      client,
      '5303',
      add('张浩然', CERT.张浩然, '子女'),
      '张建国',
      'E_MEMBER_NOT_INSURED',
    )
    expect(answer.err_msg).toBe('该家庭成员未参加基本医疗保险，无法绑定。')
  })

  it('refuses a member without any 险种 (E_MEMBER_NOT_INSURED)', async () => {
    const client = editRecord<PersonRecord>(
      await zhangFamily(),
      keys.person(CERT.张浩然),
      (person) => {
        person.insutype = null
      },
    )
    await rejects(
      client,
      '5303',
      add('张浩然', CERT.张浩然, '子女'),
      '张建国',
      'E_MEMBER_NOT_INSURED',
    )
  })

  it('refuses 张德明, whose insurance has ended, naming the status (E_MEMBER_STATUS)', async () => {
    const client = await zhangFamily()
    const answer = await rejects(
      client,
      '5303',
      add('张德明', CERT.张德明, '父亲'),
      '张建国',
      'E_MEMBER_STATUS',
    )
    expect(answer.err_msg).toBe('该家庭成员参保状态为“终止参保”，暂不能绑定。')
  })

  it('refuses a suspended member (E_MEMBER_STATUS)', async () => {
    const client = await zhangFamily()
    await client.ok('9102', { certno: CERT.张浩然, psn_insu_stas: '2' })
    const answer = await rejects(
      client,
      '5303',
      add('张浩然', CERT.张浩然, '子女'),
      '张建国',
      'E_MEMBER_STATUS',
    )
    expect(answer.err_msg).toContain('暂停参保')
  })

  it('refuses 张建军, insured in 广州, pointing to 医保钱包 (E_MEMBER_OUT_OF_PROVINCE)', async () => {
    const client = await zhangFamily()
    const answer = await rejects(
      client,
      '5303',
      add('张建军', CERT.张建军, '兄弟姐妹'),
      '张建国',
      'E_MEMBER_OUT_OF_PROVINCE',
    )
    expect(answer.err_msg).toContain('医保钱包')
  })

  it('refuses a second open binding of the same pair (E_DUPLICATE)', async () => {
    const client = await zhangFamily()
    await addMember(client, '张建国', '张浩然', '子女')
    await addMember(client, '张建国', '张雨萱', '子女')
    await rejects(client, '5303', add('张浩然', CERT.张浩然, '子女'), '张建国', 'E_DUPLICATE')
    await rejects(client, '5303', add('张雨萱', CERT.张雨萱, '子女'), '张建国', 'E_DUPLICATE')
  })

  it('lets the other parent bind the same child: a pair is 共济人 + member', async () => {
    const client = await zhangFamily()
    await createFamily(client, '李秀兰')
    await addMember(client, '张建国', '张浩然', '子女')
    const { binding } = await addMember(client, '李秀兰', '张浩然', '子女')
    expect(binding.state).toBe('active')
  })

  it('binds a pair again after a decline, an end or an expiry', async () => {
    const client = await zhangFamily()
    const declined = (await addMember(client, '张建国', '张雨萱', '子女')).binding
    await client.ok('5305', { binding_id: declined.binding_id }, { as: '张雨萱' })
    const again = (await addMember(client, '张建国', '张雨萱', '子女')).binding
    expect(again.binding_id).not.toBe(declined.binding_id)
    await confirm(client, '张雨萱', again.binding_id)
    await client.ok('5306', { binding_id: again.binding_id }, { as: '张雨萱' })
    const third = (await addMember(client, '张建国', '张雨萱', '子女')).binding
    client.now += 7 * 24 * 60 * 60 * 1000
    const fourth = (await addMember(client, '张建国', '张雨萱', '子女')).binding
    const states = (await client.ok('5301', {}, { as: '张建国' })).family?.bindings.map((b) => [
      b.binding_id,
      b.state,
    ])
    expect(states).toEqual([
      [declined.binding_id, 'declined'],
      [again.binding_id, 'ended'],
      [third.binding_id, 'expired'],
      [fourth.binding_id, 'pending'],
    ])
  })

  it('refuses more active + pending members than the policy allows (E_FAMILY_FULL)', async () => {
    const client = new TestClient({ policy: { maxMembersPerFamily: 2 } })
    await createFamily(client, '张建国')
    await addMember(client, '张建国', '张浩然', '子女')
    await addMember(client, '张建国', '张雨萱', '子女')
    const answer = await rejects(
      client,
      '5303',
      add('张雨桐', CERT.张雨桐, '子女'),
      '张建国',
      'E_FAMILY_FULL',
    )
    expect(answer.err_msg).toBe('您的共济家庭成员已达上限（2人）。')
  })

  it('frees a place in the family when a binding is declined', async () => {
    const client = new TestClient({ policy: { maxMembersPerFamily: 1 } })
    await createFamily(client, '张建国')
    const { binding } = await addMember(client, '张建国', '张雨萱', '子女')
    await client.ok('5305', { binding_id: binding.binding_id }, { as: '张雨萱' })
    expect((await addMember(client, '张建国', '张浩然', '子女')).binding.state).toBe('active')
  })

  it('allows 8 members by default', async () => {
    const client = await zhangFamily()
    const members = ['李秀兰', '张伟', '张雨萱', '张雨桐', '张浩然', '王桂芝', '张小满'] as const
    const relations = ['配偶', '子女', '子女', '子女', '子女', '母亲', '孙子女'] as const
    for (let i = 0; i < members.length; i += 1) {
      await addMember(client, '张建国', members[i], relations[i])
    }
    const family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings).toHaveLength(7)
  })

  it('refuses a member who already has the most 共济人 (E_MEMBER_HAS_PAYER)', async () => {
    const client = new TestClient({ policy: { maxPayersPerMember: 2 } })
    for (const payer of ['张建国', '李秀兰', '张伟'] as const) await createFamily(client, payer)
    await addMember(client, '张建国', '张浩然', '子女')
    await addMember(client, '李秀兰', '张浩然', '子女')
    const answer = await rejects(
      client,
      '5303',
      add('张浩然', CERT.张浩然, '兄弟姐妹'),
      '张伟',
      'E_MEMBER_HAS_PAYER',
    )
    expect(answer.err_msg).toBe('该家庭成员可使用的共济账户已达上限（2个）。')
  })

  it('does not count pending bindings toward the member’s 共济人 (S6)', async () => {
    const client = new TestClient({ policy: { maxPayersPerMember: 1 } })
    await createFamily(client, '张建国')
    await createFamily(client, '李秀兰')
    await addMember(client, '张建国', '张雨萱', '子女')
    expect((await addMember(client, '李秀兰', '张雨萱', '子女')).binding.state).toBe('pending')
  })
})

describe('5303 binding.add: the checks run in the documented order', () => {
  it('reports the first failing check', async () => {
    const client = new TestClient({ policy: { maxMembersPerFamily: 1, maxPayersPerMember: 1 } })
    await createFamily(client, '张建国')
    const bad = '410105196803120316'
    await rejects(client, '5303', add('x', bad, '岳母'), '刘强', 'E_PAYER_STATUS')
    await rejects(client, '5303', add('x', bad, '岳母'), '张伟', 'E_NO_FAMILY')
    await rejects(client, '5303', add('x', bad, '岳母'), '张建国', 'E_RELATION_NOT_ALLOWED')
    await rejects(client, '5303', add('x', bad, '配偶'), '张建国', 'E_ID_INVALID')
    await rejects(client, '5303', add('x', CERT.张建国, '父亲'), '张建国', 'E_NAME_MISMATCH')
    await rejects(client, '5303', add('张建国', CERT.张建国, '父亲'), '张建国', 'E_SELF')
    await rejects(
      client,
      '5303',
      add('周淑珍', CERT.周淑珍, '父亲'),
      '张建国',
      'E_RELATION_NOT_ALLOWED',
    )
    await rejects(
      client,
      '5303',
      add('张德明', CERT.张德明, '母亲'),
      '张建国',
      'E_RELATION_MISMATCH',
    )
    await rejects(client, '5303', add('张德明', CERT.张德明, '父亲'), '张建国', 'E_MEMBER_STATUS')
    await addMember(client, '张建国', '张浩然', '子女')
    await rejects(client, '5303', add('张浩然', CERT.张浩然, '子女'), '张建国', 'E_DUPLICATE')
    await createFamily(client, '李秀兰')
    await addMember(client, '李秀兰', '张雨桐', '子女')
    await rejects(client, '5303', add('张浩然', CERT.张浩然, '子女'), '李秀兰', 'E_FAMILY_FULL')
    await createFamily(client, '张伟')
    await rejects(
      client,
      '5303',
      add('张浩然', CERT.张浩然, '兄弟姐妹'),
      '张伟',
      'E_MEMBER_HAS_PAYER',
    )
  })
})
