import { CERT, rejects, TestClient } from '../../support/backend-client'
import { DAY_MS } from '../../support/public/demo'
import { addMember, confirm, createFamily, faceToken } from '../../support/scenes'

async function pendingDaughter(policy = {}) {
  const client = new TestClient({ policy: policy })
  await createFamily(client, '张建国')
  const { binding } = await addMember(client, '张建国', '张雨萱', '子女')
  return { client, id: binding.binding_id }
}

async function activeSon() {
  const client = new TestClient()
  await createFamily(client, '张建国')
  const { binding } = await addMember(client, '张建国', '张浩然', '子女')
  return { client, id: binding.binding_id }
}

describe('5304 binding.confirm (F2)', () => {
  it('makes the binding active with the member’s face token and orders it last', async () => {
    const { client, id } = await pendingDaughter()
    client.now += 60 * 60 * 1000
    const { binding } = await confirm(client, '张雨萱', id)
    expect(binding).toMatchObject({ state: 'active', confirmed_at: '2026-11-23T15:05:00+08:00' })
    expect(binding.expires_at).toBeUndefined()
    const view = await client.ok('5308', {}, { as: '张雨萱' })
    expect(view.pending).toEqual([])
    expect(view.payers.map((p) => p.binding.binding_id)).toEqual([id])
  })

  it('refuses the 共济人 (E_FORBIDDEN); a stranger gets the missing-binding answer (A1)', async () => {
    const { client, id } = await pendingDaughter()
    const payerToken = await faceToken(client, '张建国')
    await rejects(
      client,
      '5304',
      { binding_id: id, face_token: payerToken },
      '张建国',
      'E_FORBIDDEN',
    )
    const strangerToken = await faceToken(client, '刘强')
    const stranger = await rejects(
      client,
      '5304',
      { binding_id: id, face_token: strangerToken },
      '刘强',
      'E_NOT_FOUND',
    )
    const missing = await rejects(
      client,
      '5304',
      { binding_id: 'B99999999', face_token: strangerToken },
      '刘强',
      'E_NOT_FOUND',
    )
    expect(stranger.err_msg).toBe(missing.err_msg)
  })

  it('refuses a made-up token (E_FACE_FAILED)', async () => {
    const { client, id } = await pendingDaughter()
    const answer = await rejects(
      client,
      '5304',
      { binding_id: id, face_token: 'not-a-token' },
      '张雨萱',
      'E_FACE_FAILED',
    )
    expect(answer.err_msg).toBe('人脸识别未通过，请确认为本人操作后重试。')
  })

  it('refuses someone else’s face token (E_FACE_FAILED)', async () => {
    const { client, id } = await pendingDaughter()
    const token = await faceToken(client, '张建国')
    await rejects(client, '5304', { binding_id: id, face_token: token }, '张雨萱', 'E_FACE_FAILED')
  })

  it('refuses a face token older than five minutes (E_FACE_FAILED)', async () => {
    const { client, id } = await pendingDaughter()
    const token = await faceToken(client, '张雨萱')
    client.now += 5 * 60 * 1000 + 1
    await rejects(client, '5304', { binding_id: id, face_token: token }, '张雨萱', 'E_FACE_FAILED')
  })

  it('spends the face token: it cannot confirm twice', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await createFamily(client, '李秀兰')
    const first = (await addMember(client, '张建国', '张雨萱', '子女')).binding.binding_id
    const second = (await addMember(client, '李秀兰', '张雨萱', '子女')).binding.binding_id
    const token = await faceToken(client, '张雨萱')
    await client.ok('5304', { binding_id: first, face_token: token }, { as: '张雨萱' })
    await rejects(
      client,
      '5304',
      { binding_id: second, face_token: token },
      '张雨萱',
      'E_FACE_FAILED',
    )
  })

  it('refuses a binding that is not pending, naming its state (E_BINDING_STATE)', async () => {
    const { client, id } = await pendingDaughter()
    await confirm(client, '张雨萱', id)
    const token = await faceToken(client, '张雨萱')
    const answer = await rejects(
      client,
      '5304',
      { binding_id: id, face_token: token },
      '张雨萱',
      'E_BINDING_STATE',
    )
    expect(answer.err_msg).toBe('该绑定当前状态为“已绑定”，不能进行此操作。')
  })

  it('re-checks the member’s 共济人 limit at confirmation (S6)', async () => {
    const client = new TestClient({ policy: { maxPayersPerMember: 1 } })
    await createFamily(client, '张建国')
    await createFamily(client, '李秀兰')
    const first = (await addMember(client, '张建国', '张雨萱', '子女')).binding.binding_id
    const second = (await addMember(client, '李秀兰', '张雨萱', '子女')).binding.binding_id
    await confirm(client, '张雨萱', first)
    const token = await faceToken(client, '张雨萱')
    await rejects(
      client,
      '5304',
      { binding_id: second, face_token: token },
      '张雨萱',
      'E_MEMBER_HAS_PAYER',
    )
  })

  it('refuses a malformed request (E_BAD_REQUEST) and an unknown binding (E_NOT_FOUND)', async () => {
    const { client } = await pendingDaughter()
    await rejects(client, '5304', { binding_id: 'B1' }, '张雨萱', 'E_BAD_REQUEST')
    const token = await faceToken(client, '张雨萱')
    await rejects(
      client,
      '5304',
      { binding_id: 'B404', face_token: token },
      '张雨萱',
      'E_NOT_FOUND',
    )
  })
})

describe('pending expiry (F2)', () => {
  it('keeps a request pending until the 7th day, then it is expired for everyone', async () => {
    const { client, id } = await pendingDaughter()
    client.now += 7 * DAY_MS - 1
    let family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings[0].state).toBe('pending')
    client.now += 1
    family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings[0]).toMatchObject({
      binding_id: id,
      state: 'expired',
      ended_at: '2026-11-30T14:05:00+08:00',
      ended_by: 'auto',
    })
    expect(family?.bindings[0].end_reason).toContain('自动失效')
    expect((await client.ok('5308', {}, { as: '张雨萱' })).pending).toEqual([])
  })

  it('refuses to confirm an expired request (E_BINDING_STATE 已失效)', async () => {
    const { client, id } = await pendingDaughter()
    client.now += 8 * DAY_MS
    const token = await faceToken(client, '张雨萱')
    const answer = await rejects(
      client,
      '5304',
      { binding_id: id, face_token: token },
      '张雨萱',
      'E_BINDING_STATE',
    )
    expect(answer.err_msg).toContain('已失效')
    await rejects(client, '5305', { binding_id: id }, '张雨萱', 'E_BINDING_STATE')
  })

  it('follows the policy pendingDays', async () => {
    const { client, id } = await pendingDaughter({ pendingDays: 1 })
    client.now += DAY_MS
    const token = await faceToken(client, '张雨萱')
    await rejects(
      client,
      '5304',
      { binding_id: id, face_token: token },
      '张雨萱',
      'E_BINDING_STATE',
    )
  })

  it('frees the family place an expired request held (S5)', async () => {
    const { client } = await pendingDaughter({ maxMembersPerFamily: 1 })
    await rejects(
      client,
      '5303',
      { psn_name: '张浩然', certno: CERT.张浩然, relation: '子女' },
      '张建国',
      'E_FAMILY_FULL',
    )
    client.now += 7 * DAY_MS
    expect((await addMember(client, '张建国', '张浩然', '子女')).binding.state).toBe('active')
  })
})

describe('5305 binding.decline (F2)', () => {
  it('lets the member decline a pending request', async () => {
    const { client, id } = await pendingDaughter()
    const { binding } = await client.ok('5305', { binding_id: id }, { as: '张雨萱' })
    expect(binding).toMatchObject({ state: 'declined', ended_by: 'member' })
    expect(binding.ended_at).toBe('2026-11-23T14:05:00+08:00')
    expect((await client.ok('5308', {}, { as: '张雨萱' })).pending).toEqual([])
  })

  it('accepts the member only: the 共济人 is E_FORBIDDEN, anyone else E_NOT_FOUND', async () => {
    const { client, id } = await pendingDaughter()
    await rejects(client, '5305', { binding_id: id }, '张建国', 'E_FORBIDDEN')
    // 张雨萱 is 20: her mother no longer acts for her (F2), so the binding is not hers to see.
    await rejects(client, '5305', { binding_id: id }, '李秀兰', 'E_NOT_FOUND')
  })

  it('refuses an active binding (E_BINDING_STATE)', async () => {
    const { client, id } = await activeSon()
    await rejects(client, '5305', { binding_id: id }, '张浩然', 'E_BINDING_STATE')
  })

  it('refuses to decline twice (E_BINDING_STATE 已拒绝)', async () => {
    const { client, id } = await pendingDaughter()
    await client.ok('5305', { binding_id: id }, { as: '张雨萱' })
    const answer = await rejects(client, '5305', { binding_id: id }, '张雨萱', 'E_BINDING_STATE')
    expect(answer.err_msg).toContain('已拒绝')
  })
})

describe('5306 binding.end (F3)', () => {
  it('lets the 共济人 remove a member at once, recording who and when', async () => {
    const { client, id } = await activeSon()
    client.now += DAY_MS
    const { binding } = await client.ok('5306', { binding_id: id }, { as: '张建国' })
    expect(binding).toMatchObject({
      state: 'ended',
      ended_by: 'payer',
      ended_at: '2026-11-24T14:05:00+08:00',
    })
    expect((await client.ok('5308', {}, { as: '张浩然' })).payers).toEqual([])
    const family = (await client.ok('5301', {}, { as: '张建国' })).family
    expect(family?.bindings).toEqual([binding])
  })

  it('lets the member leave, even a child', async () => {
    const { client, id } = await activeSon()
    const { binding } = await client.ok('5306', { binding_id: id }, { as: '张浩然' })
    expect(binding).toMatchObject({ state: 'ended', ended_by: 'member' })
  })

  it('answers a stranger as for a binding that does not exist (A1)', async () => {
    const { client, id } = await activeSon()
    await rejects(client, '5306', { binding_id: id }, '刘强', 'E_NOT_FOUND')
    await rejects(client, '5306', { binding_id: id }, '张雨萱', 'E_NOT_FOUND')
  })

  it('refuses the member leaving a pending or an ended binding (E_BINDING_STATE)', async () => {
    const { client, id } = await pendingDaughter()
    const answer = await rejects(client, '5306', { binding_id: id }, '张雨萱', 'E_BINDING_STATE')
    expect(answer.err_msg).toContain('待确认')
    await confirm(client, '张雨萱', id)
    await client.ok('5306', { binding_id: id }, { as: '张雨萱' })
    await rejects(client, '5306', { binding_id: id }, '张建国', 'E_BINDING_STATE')
  })

  it('refuses an unknown binding (E_NOT_FOUND)', async () => {
    const { client } = await activeSon()
    await rejects(client, '5306', { binding_id: 'B99999999' }, '张建国', 'E_NOT_FOUND')
  })
})
