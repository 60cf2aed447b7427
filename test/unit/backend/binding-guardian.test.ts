import { keys } from '../../../src/backend/state/keys'
import type { PersonRecord } from '../../../src/backend/state/records'
import { rejects, TestClient } from '../../support/backend-client'
import { addMember, confirm, createFamily, faceToken } from '../../support/scenes'
import { editRecord } from '../../support/stored-state'

const newClient = () => new TestClient()

/** 张建国 asks to bind his grandson 张小满 (6 months): it waits for one of the boy's parents. */
async function grandsonRequest() {
  const client = newClient()
  await createFamily(client, '张建国')
  const { binding } = await addMember(client, '张建国', '张小满', '孙子女')
  return { client, id: binding.binding_id, binding }
}

describe('F2: a member under 16 whom a parent does not bind waits for a parent', () => {
  it('is pending for a guardian, and shows under the father’s 待我确认', async () => {
    const { client, id, binding } = await grandsonRequest()
    expect(binding).toMatchObject({
      state: 'pending',
      confirmer: 'guardian',
      expires_at: '2026-11-30T14:05:00+08:00',
    })
    const father = await client.ok('5308', {}, { as: '张伟' })
    expect(father.pending).toEqual([
      expect.objectContaining({
        binding_id: id,
        relation: '孙子女',
        confirmer: 'guardian',
        member: expect.objectContaining({ psn_name: '张小满' }),
        payer: expect.objectContaining({ psn_name: '张建国' }),
      }),
    ])
    // Nobody else is asked: not the baby, not the grandmother, not the 共济人.
    for (const who of ['张小满', '李秀兰', '张建国'] as const) {
      expect((await client.ok('5308', {}, { as: who })).pending).toEqual([])
    }
  })

  it('becomes active on the father’s face-verified confirmation; he then sets the order', async () => {
    const { client, id } = await grandsonRequest()
    const { binding } = await confirm(client, '张伟', id)
    expect(binding).toMatchObject({ state: 'active' })
    expect(binding.confirmer).toBeUndefined()
    const father = await client.ok('5308', {}, { as: '张伟' })
    expect(father.pending).toEqual([])
    expect(father.managed).toEqual([
      expect.objectContaining({
        member: expect.objectContaining({ psn_name: '张小满' }),
        payers: [expect.objectContaining({ order: 1 })],
      }),
    ])
    await client.ok('5309', { binding_ids: [id] }, { as: '张伟' })
    const family = await client.ok('5301', {}, { as: '张建国' })
    expect(family.family?.bindings[0]).toMatchObject({ binding_id: id, state: 'active' })
  })

  it('is answered by a parent only: the baby and the 共济人 may not, anyone else sees nothing', async () => {
    const { client, id } = await grandsonRequest()
    const grandpa = await faceToken(client, '张建国')
    await rejects(client, '5304', { binding_id: id, face_token: grandpa }, '张建国', 'E_FORBIDDEN')
    await rejects(client, '5305', { binding_id: id }, '张建国', 'E_FORBIDDEN')
    const baby = await faceToken(client, '张小满')
    await rejects(client, '5304', { binding_id: id, face_token: baby }, '张小满', 'E_FORBIDDEN')
    // The grandmother is no parent of his: to her the request does not exist (A1).
    const grandma = await faceToken(client, '李秀兰')
    await rejects(client, '5304', { binding_id: id, face_token: grandma }, '李秀兰', 'E_NOT_FOUND')
    await rejects(client, '5305', { binding_id: id }, '李秀兰', 'E_NOT_FOUND')
  })

  it('needs the parent’s own face (E_FACE_FAILED)', async () => {
    const { client, id } = await grandsonRequest()
    const grandpa = await faceToken(client, '张建国')
    await rejects(client, '5304', { binding_id: id, face_token: grandpa }, '张伟', 'E_FACE_FAILED')
  })

  it('can be declined by the parent', async () => {
    const { client, id } = await grandsonRequest()
    const { binding } = await client.ok('5305', { binding_id: id }, { as: '张伟' })
    expect(binding).toMatchObject({
      state: 'declined',
      end_reason: '成员的父母拒绝了绑定申请',
    })
  })

  it('lets the parent leave for the child once active (F3)', async () => {
    const { client, id } = await grandsonRequest()
    await confirm(client, '张伟', id)
    const { binding } = await client.ok('5306', { binding_id: id }, { as: '张伟' })
    expect(binding).toMatchObject({ state: 'ended', end_reason: '成员的父母为其退出了共济' })
    expect((await client.ok('5308', {}, { as: '张小满' })).payers).toEqual([])
  })

  it('still binds a parent’s own child under 16 at once', async () => {
    const client = newClient()
    await createFamily(client, '李秀兰')
    const { binding } = await addMember(client, '李秀兰', '张浩然', '子女')
    expect(binding.state).toBe('active')
    expect(binding.confirmer).toBeUndefined()
  })

  it('asks a brother’s request for 张浩然 (12) of his parents, either of them', async () => {
    const client = newClient()
    await createFamily(client, '张伟')
    const { binding } = await addMember(client, '张伟', '张浩然', '兄弟姐妹')
    expect(binding.confirmer).toBe('guardian')
    for (const parent of ['张建国', '李秀兰'] as const) {
      const view = await client.ok('5308', {}, { as: parent })
      expect(view.pending.map((b) => b.binding_id)).toEqual([binding.binding_id])
    }
    const { binding: active } = await confirm(client, '李秀兰', binding.binding_id)
    expect(active.state).toBe('active')
  })

  it('refuses a child with no parent on record (E_GUARDIAN_REQUIRED), changing nothing', async () => {
    const client = newClient()
    await createFamily(client, '张伟')
    // Brothers whose parents the registry does not know as people: nobody can confirm.
    const unknownParent = '410105196001010011'
    let edited = editRecord<PersonRecord>(client, keys.person('41010520140520017X'), (p) => {
      p.parents = [unknownParent]
    })
    edited = editRecord<PersonRecord>(edited, keys.person('410105199204110514'), (p) => {
      p.parents = [unknownParent]
    })
    const answer = await rejects(
      edited,
      '5303',
      { psn_name: '张浩然', certno: '41010520140520017X', relation: '兄弟姐妹' },
      '张伟',
      'E_GUARDIAN_REQUIRED',
    )
    expect(answer.err_msg).toBe(
      '该家庭成员未满16周岁，需由其父母确认；系统中没有其父母的登记信息，请到医保经办窗口办理。',
    )
  })
})

describe('F5: the 共济人 withdraws a pending request (5306 on pending)', () => {
  async function pendingDaughter() {
    const client = newClient()
    await createFamily(client, '张建国')
    const { binding } = await addMember(client, '张建国', '张雨萱', '子女')
    return { client, id: binding.binding_id }
  }

  it('makes it withdrawn (已撤回); the member no longer sees it', async () => {
    const { client, id } = await pendingDaughter()
    const { binding } = await client.ok('5306', { binding_id: id }, { as: '张建国' })
    expect(binding).toMatchObject({
      state: 'withdrawn',
      ended_by: 'payer',
      end_reason: '共济人撤回了绑定申请',
    })
    expect(binding.expires_at).toBeUndefined()
    expect((await client.ok('5308', {}, { as: '张雨萱' })).pending).toEqual([])
    const family = await client.ok('5301', {}, { as: '张建国' })
    expect(family.family?.bindings[0]).toMatchObject({ binding_id: id, state: 'withdrawn' })
  })

  it('cannot be confirmed, declined or withdrawn again (E_BINDING_STATE 已撤回)', async () => {
    const { client, id } = await pendingDaughter()
    await client.ok('5306', { binding_id: id }, { as: '张建国' })
    const token = await faceToken(client, '张雨萱')
    const late = await rejects(
      client,
      '5304',
      { binding_id: id, face_token: token },
      '张雨萱',
      'E_BINDING_STATE',
    )
    expect(late.err_msg).toBe('该绑定当前状态为“已撤回”，不能进行此操作。')
    await rejects(client, '5305', { binding_id: id }, '张雨萱', 'E_BINDING_STATE')
    await rejects(client, '5306', { binding_id: id }, '张建国', 'E_BINDING_STATE')
  })

  it('frees the place: the member can be asked again', async () => {
    const { client, id } = await pendingDaughter()
    await client.ok('5306', { binding_id: id }, { as: '张建国' })
    const { binding } = await addMember(client, '张建国', '张雨萱', '子女')
    expect(binding).toMatchObject({ state: 'pending', confirmer: 'member' })
  })

  it('is the 共济人’s alone: a stranger gets the missing-binding answer (A1)', async () => {
    const { client, id } = await pendingDaughter()
    await rejects(client, '5306', { binding_id: id }, '刘强', 'E_NOT_FOUND')
  })
})
