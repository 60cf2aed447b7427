import type { PersonaEntry } from '../../../src/domain/api'
import { CERT, TestClient } from '../../support/backend-client'

async function keyOf(client: TestClient, name: string): Promise<string> {
  const { personas } = await client.ok('9106', {})
  const persona = personas.find((p: PersonaEntry) => p.psn_name === name)
  if (!persona) throw new Error(`no persona ${name}`)
  return persona.login_key
}

describe('QA transactions name people by 9106 login_key', () => {
  it('9106 lists what the 测试工具 page offers, with masked ID numbers only', async () => {
    const client = new TestClient()
    const { personas } = await client.ok('9106', {})
    const zhang = personas.find((p: PersonaEntry) => p.psn_name === '张建国')
    expect(zhang).toMatchObject({
      certno: '4101**********0315',
      insutype: '310',
      psn_insu_stas: '1',
      insuplc_admdvs: '410100',
      insuplc_name: '郑州市',
    })
    expect(JSON.stringify(personas)).not.toContain(CERT.张建国)
    const chen = personas.find((p: PersonaEntry) => p.psn_name === '陈静')
    expect(chen).toMatchObject({ insutype: null, psn_insu_stas: '0', insuplc_admdvs: null })
  })

  it('2207 settles for a patient and credential given by login_key', async () => {
    const client = new TestClient()
    const key = await keyOf(client, '张建国')
    const byKey = await client.ok('2207', {
      patient_login_key: key,
      inst_type: '零售药店',
      category: '药品',
      amount: 1000,
      credential_login_key: key,
    })
    expect(byKey.patient.psn_name).toBe('张建国')
    expect(byKey.acct_pay).toBe(1000)
    const other = await keyOf(client, '李秀兰')
    const before = client.snapshot()
    const refused = await client.fail('2207', {
      patient_login_key: key,
      inst_type: '零售药店',
      category: '药品',
      amount: 1000,
      credential_login_key: other,
    })
    expect(refused).toBe('E_NOT_OWN_CREDENTIAL')
    expect(client.snapshot()).toEqual(before)
  })

  it('9102 and 9104 take a login_key instead of the ID number', async () => {
    const client = new TestClient()
    const status = await client.ok('9102', {
      login_key: await keyOf(client, '刘强'),
      psn_insu_stas: '1',
    })
    expect(status.ended_binding_ids).toEqual([])
    const info = await client.ok('1101', {}, { as: '刘强' })
    expect(info.psn_insu_stas).toBe('1')
    const generated = await client.ok('9104', { login_key: await keyOf(client, '张伟'), count: 4 })
    expect(generated.added).toBe(4)
  })

  it('refuses neither or both ways of naming, and an unknown key, changing nothing', async () => {
    const client = new TestClient()
    const key = await keyOf(client, '张伟')
    const before = client.snapshot()
    expect(await client.fail('9104', { count: 4 })).toBe('E_BAD_REQUEST')
    expect(await client.fail('9104', { certno: CERT.张伟, login_key: key, count: 4 })).toBe(
      'E_BAD_REQUEST',
    )
    expect(await client.fail('9104', { login_key: 'persona-99', count: 4 })).toBe('E_NOT_FOUND')
    expect(await client.fail('9102', { login_key: 'persona-99', psn_insu_stas: '2' })).toBe(
      'E_NOT_FOUND',
    )
    expect(client.snapshot()).toEqual(before)
  })
})
