import { CERT, TestClient } from '../../support/backend-client'

describe('1101 person.info', () => {
  it('answers the logged-in person with a masked ID number and the seeded balance', async () => {
    const client = new TestClient()
    const info = await client.ok('1101', {}, { as: '张建国' })
    expect(info).toMatchObject({
      psn_name: '张建国',
      certno: '4101**********0315',
      insutype: '310',
      psn_insu_stas: '1',
      insuplc_name: '郑州市',
      balc: 352640,
      pin_state: 'initial',
      age: 58,
    })
    expect(JSON.stringify(info)).not.toContain(CERT.张建国)
  })

  it('has no personal account for a 390 resident', async () => {
    const client = new TestClient()
    const info = await client.ok('1101', {}, { as: '张浩然' })
    expect(info).toMatchObject({ insutype: '390', balc: null, pin_state: null, age: 12 })
  })

  it('refuses a request without a session', async () => {
    const client = new TestClient()
    expect(await client.fail('1101', {})).toBe('E_NOT_LOGGED_IN')
    expect(await client.fail('1101', {}, { token: 'forged' } as never)).toBe('E_NOT_LOGGED_IN')
  })
})
