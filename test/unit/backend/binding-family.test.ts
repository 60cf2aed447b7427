import { CERT, rejects, TestClient } from '../../support/backend-client'
import { createFamily } from '../../support/scenes'

describe('5301 family.get', () => {
  it('answers family: null before a family exists', async () => {
    const client = new TestClient()
    expect(await client.ok('5301', {}, { as: '张建国' })).toEqual({ family: null })
  })

  it('needs a session', async () => {
    await rejects(new TestClient(), '5301', {}, undefined, 'E_NOT_LOGGED_IN')
  })
})

describe('5302 family.create (F1, S1)', () => {
  it('creates the family once the pledge is accepted', async () => {
    const client = new TestClient()
    const { family } = await client.ok('5302', { pledge: true }, { as: '张建国' })
    expect(family).toEqual({
      created_at: '2026-11-23T14:05:00+08:00',
      bindings: [],
      max_members: 8,
      balc: 352640,
      reserve: {
        mode: 'none',
        value: 0,
        amount: 0,
        avail: 352640,
        sentence: '不自留：家人可以用到账户里的全部余额。',
      },
    })
    expect(await client.ok('5301', {}, { as: '张建国' })).toEqual({ family })
  })

  it('shows the policy maximum', async () => {
    const client = new TestClient({ policy: { maxMembersPerFamily: 5 } })
    const { family } = await client.ok('5302', { pledge: true }, { as: '李秀兰' })
    expect(family?.max_members).toBe(5)
  })

  it('refuses without the pledge (E_PLEDGE_REQUIRED)', async () => {
    const client = new TestClient()
    const answer = await rejects(client, '5302', { pledge: false }, '张建国', 'E_PLEDGE_REQUIRED')
    expect(answer.err_msg).toBe('请先阅读并同意《家庭共济承诺书》。')
    await rejects(client, '5302', {}, '张建国', 'E_PLEDGE_REQUIRED')
  })

  it('refuses a pledge that is not a boolean (E_BAD_REQUEST)', async () => {
    const client = new TestClient()
    const answer = await rejects(client, '5302', { pledge: 'yes' }, '张建国', 'E_BAD_REQUEST')
    expect(answer.err_msg).toBe('请求参数有误：pledge。')
  })

  it('refuses a second family (E_FAMILY_EXISTS)', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await rejects(client, '5302', { pledge: true }, '张建国', 'E_FAMILY_EXISTS')
  })

  it('refuses 陈静, who has no 职工医保 (E_PAYER_NOT_EMPLOYEE)', async () => {
    const client = new TestClient()
    await rejects(client, '5302', { pledge: true }, '陈静', 'E_PAYER_NOT_EMPLOYEE')
  })

  it('refuses a 390 resident (E_PAYER_NOT_EMPLOYEE)', async () => {
    await rejects(new TestClient(), '5302', { pledge: true }, '张雨萱', 'E_PAYER_NOT_EMPLOYEE')
  })

  it('refuses 刘强, who is suspended, naming his status (E_PAYER_STATUS)', async () => {
    const client = new TestClient()
    const answer = await rejects(client, '5302', { pledge: true }, '刘强', 'E_PAYER_STATUS')
    expect(answer.err_msg).toBe('您当前参保状态为“暂停参保”，暂不能办理家庭共济。')
  })

  it('refuses 张建军, insured in 广州 (E_PAYER_OUT_OF_PROVINCE)', async () => {
    await rejects(new TestClient(), '5302', { pledge: true }, '张建军', 'E_PAYER_OUT_OF_PROVINCE')
  })

  it('checks the payer before the pledge', async () => {
    await rejects(new TestClient(), '5302', { pledge: false }, '刘强', 'E_PAYER_STATUS')
  })

  it('answers a repeated msgid with the first answer and creates nothing more', async () => {
    const client = new TestClient()
    const first = await client.raw('5302', { pledge: true }, { as: '张建国', msgid: 'create-1' })
    const snapshot = client.snapshot()
    const again = await client.raw('5302', { pledge: true }, { as: '张建国', msgid: 'create-1' })
    expect(again).toEqual(first)
    expect(client.snapshot()).toEqual(snapshot)
    expect(JSON.stringify(first)).not.toContain(CERT.张建国)
  })
})
