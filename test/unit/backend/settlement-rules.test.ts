import { checkDigit } from '../../../src/domain/id-number'
import { CERT, type PersonaName, TestClient } from '../../support/backend-client'
import { balanceOf, bind, setLimit, settle } from '../../support/scenes'

const UNKNOWN = `41010519800101001${checkDigit('41010519800101001')}`

function settleInput(patient: string, over: Record<string, unknown> = {}) {
  return {
    patient_certno: patient,
    credential_certno: patient,
    inst_type: '零售药店',
    category: '药品',
    amount: 1000,
    ...over,
  }
}

async function rejects(client: TestClient, input: unknown, code: string): Promise<string> {
  const before = client.snapshot()
  const answer = await client.raw('2207', input)
  expect(answer.err_code).toBe(code)
  expect(client.snapshot()).toEqual(before)
  return answer.err_msg ?? ''
}

describe('2207 qa.settle: who may settle what', () => {
  it('U3: the patient must present their own credential (E_NOT_OWN_CREDENTIAL)', async () => {
    const client = new TestClient()
    await rejects(
      client,
      settleInput(CERT.张浩然, { credential_certno: CERT.张建国 }),
      'E_NOT_OWN_CREDENTIAL',
    )
  })

  it('U2: out-of-scope items are E_SCOPE; 疫苗 only when the policy allows it', async () => {
    const client = new TestClient()
    for (const [inst_type, category] of [
      ['零售药店', '保健品'],
      ['医院门诊', '美容'],
      ['零售药店', '生活用品'],
      ['零售药店', '诊疗'],
      ['医院门诊', '疫苗'],
    ]) {
      await rejects(client, settleInput(CERT.张建国, { inst_type, category }), 'E_SCOPE')
    }
    const vaccines = new TestClient({ policy: { vaccinesAllowed: true } })
    const paid = await settle(vaccines, '张建国', 1000, { inst_type: '医院门诊', category: '疫苗' })
    expect(paid.acct_pay).toBe(1000)
    // A pharmacy neither sells nor gives vaccines, whatever the policy says.
    const pharmacy = settleInput(CERT.张建国, { inst_type: '零售药店', category: '疫苗' })
    await rejects(vaccines, pharmacy, 'E_SCOPE')
  })

  it('rejects unknown, uninsured and terminated patients and malformed input', async () => {
    const client = new TestClient()
    await rejects(client, settleInput(UNKNOWN), 'E_NOT_FOUND')
    await rejects(client, settleInput(CERT.陈静), 'E_MEMBER_NOT_INSURED')
    const message = await rejects(client, settleInput(CERT.张德明), 'E_MEMBER_STATUS')
    expect(message).toContain('终止参保')
    await rejects(client, settleInput('410105196803120316'), 'E_ID_INVALID')
    await rejects(client, settleInput(CERT.张建国, { amount: 0 }), 'E_BAD_REQUEST')
    await rejects(client, settleInput(CERT.张建国, { amount: 10.5 }), 'E_BAD_REQUEST')
    await rejects(client, settleInput(CERT.张建国, { inst_type: '诊所' }), 'E_BAD_REQUEST')
  })

  it('answers only in simulated-backend builds', async () => {
    const client = new TestClient({ qa: false })
    expect(await client.fail('2207', settleInput(CERT.张建国))).toBe('E_FORBIDDEN')
  })
})

describe('2207 qa.settle: O2 deduction order', () => {
  it('takes a 310 patient own account first, then the 共济人, then cash', async () => {
    const client = new TestClient()
    await bind(client, '张建国', '张伟', '子女')
    const own = (await balanceOf(client, '张伟')) ?? 0
    const result = await settle(client, '张伟', own + 5000, {
      inst_type: '医院门诊',
      category: '诊疗',
    })
    expect(result).toMatchObject({ acct_pay: own, acct_mulaid_pay: 5000, psn_cash_pay: 0 })
    expect(await balanceOf(client, '张伟')).toBe(0)
    const next = await settle(client, '张伟', 2000)
    expect(next).toMatchObject({
      acct_pay: 0,
      acct_skip_reason: '个人账户暂无余额',
      acct_mulaid_pay: 2000,
    })
    const [row] = (await client.ok('5314', { limit: 1 }, { as: '张伟' })).rows
    expect(row).toMatchObject({ kind: '本人消费', from_account: 0, total: 2000 })
  })

  it('takes what a 共济人 has, then skips the empty account with its reason', async () => {
    const client = new TestClient()
    await bind(client, '张建国', '张浩然', '子女')
    const balance = (await balanceOf(client, '张建国')) ?? 0
    const first = await settle(client, '张浩然', balance + 4736)
    expect(first.lines[0].amount).toBe(balance)
    expect(first.psn_cash_pay).toBe(4736)
    expect(await balanceOf(client, '张建国')).toBe(0)
    const second = await settle(client, '张浩然', 1000)
    expect(second.lines[0]).toMatchObject({
      amount: 0,
      skip_reason: '共济人个人账户暂无余额，暂不能支付',
    })
    expect(second.psn_cash_pay).toBe(1000)
  })

  it('F4: a suspended 共济人 is skipped with the reason; the next one pays', async () => {
    const client = new TestClient()
    await bind(client, '张建国', '张浩然', '子女')
    await bind(client, '李秀兰', '张浩然', '子女')
    await client.ok('9102', { certno: CERT.张建国, psn_insu_stas: '2' })
    const result = await settle(client, '张浩然', 3000)
    expect(result.lines.map((l) => [l.payer.psn_name, l.amount, l.skip_reason])).toEqual([
      ['张建国', 0, '共济人参保状态为“暂停参保”，暂不能支付'],
      ['李秀兰', 3000, undefined],
    ])
  })

  it('U4: a suspended 职工 pays from their own account; only 共济 stops, both ways', async () => {
    const client = new TestClient()
    const suspended = await settle(client, '刘强', 5000)
    expect(suspended).toMatchObject({ acct_pay: 5000, psn_cash_pay: 0, acct_mulaid_pay: 0 })
    expect(suspended.acct_skip_reason).toBeUndefined()
    expect(await balanceOf(client, '刘强')).toBe(51000)
    const more = await settle(client, '刘强', 60000)
    expect(more).toMatchObject({ acct_pay: 51000, psn_cash_pay: 9000 })
    await bind(client, '张建国', '张浩然', '子女')
    await client.ok('9102', { certno: CERT.张浩然, psn_insu_stas: '2' })
    const child = await settle(client, '张浩然', 2000)
    expect(child.lines[0]).toMatchObject({
      amount: 0,
      skip_reason: '就医人参保状态为“暂停参保”，共济账户暂不能支付',
    })
    expect(child.psn_cash_pay).toBe(2000)
  })

  it('an ended binding no longer pays', async () => {
    const client = new TestClient()
    const father = await bind(client, '张建国', '张浩然', '子女')
    await bind(client, '李秀兰', '张浩然', '子女')
    await client.ok('5306', { binding_id: father.binding_id }, { as: '张建国' })
    const result = await settle(client, '张浩然', 3000)
    expect(result.lines.map((l) => l.payer.psn_name)).toEqual(['李秀兰'])
    expect(result.acct_mulaid_pay).toBe(3000)
  })

  it('follows the order the member set (5309)', async () => {
    const client = new TestClient()
    const father = await bind(client, '张建国', '张浩然', '子女')
    const mother = await bind(client, '李秀兰', '张浩然', '子女')
    await client.ok(
      '5309',
      { member_certno: CERT.张浩然, binding_ids: [mother.binding_id, father.binding_id] },
      { as: '李秀兰' },
    )
    const result = await settle(client, '张浩然', 3000)
    expect(result.lines.map((l) => [l.payer.psn_name, l.amount])).toEqual([
      ['李秀兰', 3000],
      ['张建国', 0],
    ])
  })

  it('O3: a limit is never exceeded; a used-up limit is a recorded reason', async () => {
    const client = new TestClient()
    const father = await bind(client, '张建国', '张浩然', '子女')
    await setLimit(client, '张建国', father.binding_id, 5000)
    const first = await settle(client, '张浩然', 8000)
    expect(first.lines[0].amount).toBe(5000)
    expect(first.psn_cash_pay).toBe(3000)
    const second = await settle(client, '张浩然', 100)
    expect(second.lines[0].skip_reason).toBe('本年度共济限额¥50.00已用完')
    const family = await client.ok('5301', {}, { as: '张建国' })
    expect(family.family?.bindings[0]).toMatchObject({ used_this_year: 5000, annual_limit: 5000 })
  })

  it('O3: limits count per calendar year', async () => {
    const client = new TestClient()
    const father = await bind(client, '张建国', '张浩然', '子女')
    await setLimit(client, '张建国', father.binding_id, 5000)
    await settle(client, '张浩然', 5000)
    client.now = Date.parse('2027-01-02T10:00:00+08:00')
    const nextYear = await settle(client, '张浩然', 5000)
    expect(nextYear.lines[0].amount).toBe(5000)
  })

  it('with limitsEnabled off, a limit stored earlier does not cap the payment', async () => {
    const client = new TestClient()
    const father = await bind(client, '张建国', '张浩然', '子女')
    await setLimit(client, '张建国', father.binding_id, 5000)
    const noLimits = client.reopen({ policy: { limitsEnabled: false } })
    const result = await settle(noLimits, '张浩然', 8000)
    expect(result.lines[0].amount).toBe(8000)
  })
})

describe('2207 qa.settle: A2 idempotency', () => {
  it('the same msgid returns the first answer and moves no money again', async () => {
    const client = new TestClient()
    const first = await settle(client, '张建国', 1000, { msgid: 'pos-1' })
    const balance = await balanceOf(client, '张建国')
    const again = await settle(client, '张建国', 1000, { msgid: 'pos-1' })
    expect(again).toEqual(first)
    expect(await balanceOf(client, '张建国')).toBe(balance)
    const other = await client.raw('2207', settleInput(CERT.张建国, { amount: 2000 }), {
      msgid: 'pos-1',
    })
    expect(other.err_code).toBe('E_MSGID_REUSED')
    expect(await balanceOf(client, '张建国')).toBe(balance)
  })
})

describe('9107 qa.overview', () => {
  it('lists the latest settlements newest first with the backend clock', async () => {
    const client = new TestClient()
    const a = await settle(client, '张建国', 1000)
    const b = await settle(client, '李秀兰', 2000)
    const overview = await client.ok('9107', {})
    expect(overview.settlements.slice(0, 2).map((s) => s.setl_id)).toEqual([b.setl_id, a.setl_id])
    expect(overview.now).toBe('2026-11-23T14:05:00+08:00')
    expect(overview.simulated).toBe(false)
    for (let i = 0; i < 50; i += 1) await settle(client, '张伟' as PersonaName, 10)
    const full = await client.ok('9107', {})
    expect(full.settlements).toHaveLength(50)
    expect(JSON.stringify(full)).not.toContain(CERT.张伟)
    const moved = await client.ok('9103', { time: '2027-01-01T08:00:00+08:00' })
    expect(moved.simulated).toBe(true)
    expect((await client.ok('9107', {})).simulated).toBe(true)
  })
})
