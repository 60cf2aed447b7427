import { TestClient } from '../../support/backend-client'

describe('5301 family.get says why someone cannot be 共济人 (S1)', () => {
  it.each([
    [
      '张雨萱',
      'E_PAYER_NOT_EMPLOYEE',
      '您未参加职工基本医疗保险，没有个人账户，暂不能作为共济人。',
    ],
    ['刘强', 'E_PAYER_STATUS', '您当前参保状态为“暂停参保”，暂不能办理家庭共济。'],
    ['张建军', 'E_PAYER_OUT_OF_PROVINCE', '您的参保地不在河南省，请在参保地办理家庭共济。'],
    ['陈静', 'E_PAYER_NOT_EMPLOYEE', '您未参加职工基本医疗保险，没有个人账户，暂不能作为共济人。'],
  ] as const)('%s: %s with the catalogue message', async (name, code, message) => {
    const client = new TestClient()
    expect(await client.ok('5301', {}, { as: name })).toEqual({
      family: null,
      payer_refusal: { err_code: code, err_msg: message },
    })
  })

  it('says nothing for someone who may create a family', async () => {
    const answer = await new TestClient().ok('5301', {}, { as: '张建国' })
    expect(answer).toEqual({ family: null })
    expect('payer_refusal' in answer).toBe(false)
  })

  it('still shows the family of a 共济人 who has since been suspended, with the reason', async () => {
    const client = new TestClient()
    await client.ok('5302', { pledge: true }, { as: '张建国' })
    await client.ok('9102', { certno: '410105196803120315', psn_insu_stas: '2' }, { as: '张建国' })
    const answer = await client.ok('5301', {}, { as: '张建国' })
    expect(answer.family).not.toBeNull()
    expect(answer.payer_refusal?.err_code).toBe('E_PAYER_STATUS')
  })
})
