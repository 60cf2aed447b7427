import { DEMO_POPULATION } from '../../../src/backend/seed/demo-population'
import { checkDigit } from '../../../src/domain/id-number'
import { allPages, CERT, type PersonaName, TestClient } from '../../support/backend-client'
import { settle } from '../../support/scenes'

/** personas.md: the demo population is coherent with the rules it demonstrates. */
describe('the demo population', () => {
  const client = new TestClient()

  async function changes(who: PersonaName) {
    return allPages((cursor) => client.ok('5313', { cursor, limit: 50 }, { as: who }))
  }

  async function purchases(who: PersonaName) {
    return allPages((cursor) => client.ok('5314', { cursor, limit: 50 }, { as: who }))
  }

  it('has 14 people, each with a valid ID number', async () => {
    const { personas } = await client.ok('9106', {})
    expect(personas).toHaveLength(14)
    for (const certno of Object.values(CERT))
      expect(certno[17]).toBe(checkDigit(certno.slice(0, 17)))
  })

  it('adds 李秀梅 (资助参保, 李秀兰’s sister): bound by 李秀兰, never payable by 代缴', async () => {
    await client.ok('5302', { pledge: true }, { as: '李秀兰' })
    const { binding } = await client.ok(
      '5303',
      { psn_name: '李秀梅', certno: CERT.李秀梅, relation: '兄弟姐妹' },
      { as: '李秀兰' },
    )
    const token = (await client.ok('9101', {}, { as: '李秀梅' })).face_token
    await client.ok('5304', { binding_id: binding.binding_id, face_token: token }, { as: '李秀梅' })
    const options = await client.ok('5310', {}, { as: '李秀兰' })
    expect(options.members[0]).toMatchObject({
      payable: false,
      err_code: 'E_PAYEE_EXCLUDED',
      err_msg:
        '该人员为资助参保人员，个人缴费部分由政府资助，暂不支持个人账户代缴；资助身份取消后可以代缴。',
    })
  })

  it('links spouses both ways: 张建国—李秀兰 and 王桂芝—张德明', () => {
    const spouseOf = new Map(DEMO_POPULATION.map((p) => [p.certno, p.spouse]))
    expect(spouseOf.get(CERT.王桂芝)).toBe(CERT.张德明)
    expect(spouseOf.get(CERT.张德明)).toBe(CERT.王桂芝)
    expect(spouseOf.get(CERT.张建国)).toBe(CERT.李秀兰)
    for (const person of DEMO_POPULATION) {
      if (person.spouse) expect(spouseOf.get(person.spouse)).toBe(person.certno)
    }
  })

  it('shows 张建军’s purchases at 广州 outlets', async () => {
    const rows = await purchases('张建军')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.inst_name).toMatch(/广州|采芝林|健民|大参林/)
    expect(rows.some((row) => row.inst_type === '医院门诊')).toBe(true)
  })

  it('stops 刘强’s 划入 at his suspension but lets him spend his own balance (U4)', async () => {
    const rows = await changes('刘强')
    const credits = rows.filter((row) => row.summary === '个人账户月度划入')
    const spending = rows.filter((row) => row.kind === '本人消费')
    const lastCredit =
      credits
        .map((row) => row.time)
        .sort()
        .at(-1) ?? ''
    expect(spending.some((row) => row.time > lastCredit)).toBe(true)
    expect(rows[0].balc_after).toBe(56000)
  })

  it('writes no zero-amount rows', async () => {
    for (const who of ['张建国', '李秀兰', '张伟', '张建军', '刘强'] as const) {
      for (const row of await changes(who)) expect(row.amount).not.toBe(0)
    }
  })

  it('lets 刘强 (暂停) pay ¥50.00 at a pharmacy from his own account (U4)', async () => {
    const paid = await settle(client, '刘强', 5000)
    expect(paid).toMatchObject({ acct_pay: 5000, acct_mulaid_pay: 0, psn_cash_pay: 0 })
    expect((await client.ok('1101', {}, { as: '刘强' })).balc).toBe(51000)
  })
})
