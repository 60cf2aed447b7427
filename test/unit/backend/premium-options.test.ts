import { rejects, seededClient } from '../../support/backend-client'
import { bind, zhangFamilyClient } from '../../support/scenes'
import { editPerson } from '../../support/stored-state'

const at = (iso: string) => Date.parse(iso)

describe('5310 premium.options', () => {
  it('is for a 共济人 only (S1), with a family (E_NO_FAMILY)', async () => {
    const client = seededClient()
    await rejects(client, '5310', {}, '张浩然', 'E_PAYER_NOT_EMPLOYEE')
    const suspended = await rejects(client, '5310', {}, '刘强', 'E_PAYER_STATUS')
    expect(suspended.err_msg).toBe('您当前参保状态为“暂停参保”，暂不能办理家庭共济。')
    await rejects(client, '5310', {}, '张建军', 'E_PAYER_OUT_OF_PROVINCE')
    await rejects(client, '5310', {}, '张伟', 'E_NO_FAMILY')
    await rejects(client, '5310', {}, undefined, 'E_NOT_LOGGED_IN')
  })

  it('lists active and pending bindings, each with a masked ID number', async () => {
    const { client, ids } = await zhangFamilyClient()
    const { binding: pending } = await client.ok(
      '5303',
      { psn_name: '张雨萱', certno: '410302200609010287', relation: '子女' },
      { as: '张建国' },
    )
    await client.ok('5306', { binding_id: ids.张小满 }, { as: '张建国' })
    const { members } = await client.ok('5310', {}, { as: '张建国' })
    expect(members.map((m) => m.binding_id)).toEqual([ids.张浩然, ids.王桂芝, pending.binding_id])
    expect(members[2]).toMatchObject({
      state: 'pending',
      payable: false,
      err_code: 'E_NOT_BOUND',
      err_msg:
        '绑定申请正等待张雨萱本人确认（在“共济绑定”的“待我确认”中同意，或到医保经办窗口办理），绑定生效后即可代缴。',
    })
    expect(members[1].member).toEqual({
      psn_name: '王桂芝',
      certno: '4113**********0467',
      age: 81,
    })
    expect(JSON.stringify(members)).not.toMatch(/\d{17}[\dX]/)
  })

  it('says why a 职工医保 member cannot be paid for (E_PAYEE_EMPLOYEE)', async () => {
    const { client } = await zhangFamilyClient()
    const id = (await bind(client, '张建国', '张伟', '子女')).binding_id
    const { members } = await client.ok('5310', {}, { as: '张建国' })
    expect(members.find((m) => m.binding_id === id)).toMatchObject({
      payable: false,
      err_code: 'E_PAYEE_EMPLOYEE',
      err_msg: '该人员参加职工基本医疗保险，无需缴纳城乡居民医保费。',
    })
  })

  it('excludes a 资助参保 person, and nobody when the policy allows them', async () => {
    const family = await zhangFamilyClient()
    const client = editPerson(family.client, '张浩然', (p) => {
      p.subsidised = true
    })
    const { members } = await client.ok('5310', {}, { as: '张建国' })
    expect(members[0]).toMatchObject({ payable: false, err_code: 'E_PAYEE_EXCLUDED' })

    const lenient = await zhangFamilyClient({ newbornAndSubsidisedExcluded: false })
    const options = await lenient.client.ok('5310', {}, { as: '张建国' })
    expect(options.members.find((m) => m.binding_id === lenient.ids.张小满)?.payable).toBe(true)
  })

  it('counts a newborn as one only in their birth year', async () => {
    const { client, ids } = await zhangFamilyClient({
      premiumYears: [
        { year: 2028, periodStart: '2027-09-01', periodEnd: '2027-12-31', standard: 42000 },
      ],
    })
    client.now = at('2027-10-01T10:00:00+08:00')
    const options = await client.ok('5310', {}, { as: '张建国' })
    expect(options).toMatchObject({ year: 2028, standard: 42000, open: true })
    expect(options.members.find((m) => m.binding_id === ids.张小满)?.payable).toBe(true)
  })

  it('shows the next year, closed, between periods, also after the listed years (D2)', async () => {
    const { client, ids } = await zhangFamilyClient()
    client.now = at('2026-08-31T23:59:59+08:00')
    const before = await client.ok('5310', {}, { as: '张建国' })
    expect(before).toMatchObject({ year: 2027, open: false, period_start: '2026-09-01' })
    expect(before.members.find((m) => m.binding_id === ids.张浩然)).toMatchObject({
      payable: false,
      err_code: 'E_OUT_OF_PERIOD',
      err_msg: '当前不在2027年度城乡居民医保缴费期（2026年9月1日至2026年12月31日）。',
    })

    client.now = at('2026-12-31T23:59:59+08:00')
    expect((await client.ok('5310', {}, { as: '张建国' })).open).toBe(true)

    client.now = at('2027-01-01T00:00:00+08:00')
    const after = await client.ok('5310', {}, { as: '张建国' })
    expect(after).toMatchObject({ year: 2028, open: false, period_start: '2027-09-01' })
    expect(after.members.every((m) => m.err_code === 'E_OUT_OF_PERIOD')).toBe(true)

    client.now = at('2027-09-15T10:00:00+08:00')
    const rolled = await client.ok('5310', {}, { as: '张建国' })
    expect(rolled).toMatchObject({ year: 2028, standard: 40000, open: true })
    const receipt = await client
      .ok(
        '5311',
        { binding_id: ids.张浩然, year: 2028, amount: 40000, pin: '000000' },
        { as: '张建国' },
      )
      .catch((error: Error) => error.message)
    expect(receipt).toMatch(/E_PIN_INITIAL/)
  })
})
