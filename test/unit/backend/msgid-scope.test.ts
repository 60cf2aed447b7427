import { TestClient } from '../../support/backend-client'

const answers = (client: TestClient) => client.store.keys().filter((k) => k.startsWith('msg:'))

describe('msgids belong to their caller', () => {
  it('an anonymous request under msgid X leaves nothing behind and does not block the owner', async () => {
    const client = new TestClient()
    const before = answers(client)
    const squat = await client.raw('9101', {}, { msgid: 'X' })
    expect(squat.err_code).toBe('E_NOT_LOGGED_IN')
    const forged = await client.raw('9101', {}, { msgid: 'X', token: 'f'.repeat(48) })
    expect(forged.err_code).toBe('E_NOT_LOGGED_IN')
    expect(answers(client)).toEqual(before)
    expect((await client.raw('9101', {}, { as: '张建国', msgid: 'X' })).infcode).toBe(0)
  })

  it('two people may use the same msgid; each gets their own answer', async () => {
    const client = new TestClient()
    const his = await client.raw('9101', {}, { as: '张建国', msgid: 'same' })
    const hers = await client.raw('9101', {}, { as: '李秀兰', msgid: 'same' })
    expect(his.infcode).toBe(0)
    expect(hers.infcode).toBe(0)
    expect(hers.output?.face_token).not.toBe(his.output?.face_token)
    const again = await client.raw('9101', {}, { as: '李秀兰', msgid: 'same' })
    expect(again).toEqual(hers)
  })

  it('malformed input is refused without being remembered, and the fixed request runs', async () => {
    const client = new TestClient()
    const bad = await client.raw('9101', { pass: 'yes' }, { as: '张建国', msgid: 'fix-1' })
    expect(bad.err_code).toBe('E_BAD_REQUEST')
    expect((await client.raw('9101', {}, { as: '张建国', msgid: 'fix-1' })).infcode).toBe(0)
  })
})
