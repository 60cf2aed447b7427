import { CERT, rejects, TestClient } from '../../support/backend-client'
import { addMember, confirm, createFamily } from '../../support/scenes'

/** 张浩然 (12) bound first by 张建国, then by 李秀兰. */
async function sonWithTwoParents() {
  const client = new TestClient()
  await createFamily(client, '张建国')
  await createFamily(client, '李秀兰')
  const father = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
  const mother = (await addMember(client, '李秀兰', '张浩然', '子女')).binding.binding_id
  return { client, father, mother }
}

/** 张雨萱 (20) bound and confirmed by both parents. */
async function daughterWithTwoParents() {
  const client = new TestClient()
  await createFamily(client, '张建国')
  await createFamily(client, '李秀兰')
  const father = (await addMember(client, '张建国', '张雨萱', '子女')).binding.binding_id
  const mother = (await addMember(client, '李秀兰', '张雨萱', '子女')).binding.binding_id
  await confirm(client, '张雨萱', father)
  await confirm(client, '张雨萱', mother)
  return { client, father, mother }
}

describe('5308 member.payers (O1, O2)', () => {
  it('shows a child his 共济人 in order, without letting him reorder', async () => {
    const { client, father, mother } = await sonWithTwoParents()
    const view = await client.ok('5308', {}, { as: '张浩然' })
    expect(view.own_account).toBeNull()
    expect(view.can_set_order).toBe(false)
    expect(view.managed).toEqual([])
    expect(
      view.payers.map((p) => [p.order, p.binding.binding_id, p.binding.payer.psn_name]),
    ).toEqual([
      [1, father, '张建国'],
      [2, mother, '李秀兰'],
    ])
  })

  it('shows a 310 person’s own account first and the children they manage', async () => {
    const { client, father, mother } = await sonWithTwoParents()
    const view = await client.ok('5308', {}, { as: '张建国' })
    expect(view.own_account).toEqual({ balc: 352640 })
    expect(view.payers).toEqual([])
    expect(view.can_set_order).toBe(true)
    expect(view.managed).toHaveLength(1)
    expect(view.managed[0].member).toEqual({
      psn_name: '张浩然',
      certno: '4101**********017X',
      age: 12,
    })
    expect(view.managed[0].payers.map((p) => p.binding.binding_id)).toEqual([father, mother])
  })

  it('does not let a parent manage a child of 16 or more, nor one they only asked', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await addMember(client, '张建国', '张雨萱', '子女')
    await addMember(client, '张建国', '张雨桐', '子女')
    expect((await client.ok('5308', {}, { as: '张建国' })).managed).toEqual([])
  })

  it('does not let a grandparent 共济人 manage a grandchild', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await addMember(client, '张建国', '张小满', '孙子女')
    expect((await client.ok('5308', {}, { as: '张建国' })).managed).toEqual([])
  })

  it('lists every pending request to the caller', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await createFamily(client, '李秀兰')
    await addMember(client, '张建国', '张雨萱', '子女')
    await addMember(client, '李秀兰', '张雨萱', '子女')
    const view = await client.ok('5308', {}, { as: '张雨萱' })
    expect(view.can_set_order).toBe(true)
    expect(view.pending.map((b) => b.payer.psn_name)).toEqual(['张建国', '李秀兰'])
  })

  it('drops an ended binding from the order and appends a new one at the end', async () => {
    const { client, father, mother } = await sonWithTwoParents()
    await client.ok('5306', { binding_id: father }, { as: '张建国' })
    const again = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
    const view = await client.ok('5308', {}, { as: '张浩然' })
    expect(view.payers.map((p) => [p.order, p.binding.binding_id])).toEqual([
      [1, mother],
      [2, again],
    ])
  })
})

describe('5309 member.setOrder (O1)', () => {
  it('lets a parent 共济人 reorder an under-16 child’s list', async () => {
    const { client, father, mother } = await sonWithTwoParents()
    const view = await client.ok('5309', { binding_ids: [mother, father] }, { as: '李秀兰' })
    expect(view.managed[0].payers.map((p) => p.binding.binding_id)).toEqual([mother, father])
    const child = await client.ok('5308', {}, { as: '张浩然' })
    expect(child.payers.map((p) => [p.order, p.binding.payer.psn_name])).toEqual([
      [1, '李秀兰'],
      [2, '张建国'],
    ])
  })

  it('lets a member of 16 or more order their own list', async () => {
    const { client, father, mother } = await daughterWithTwoParents()
    const view = await client.ok('5309', { binding_ids: [mother, father] }, { as: '张雨萱' })
    expect(view.payers.map((p) => p.binding.binding_id)).toEqual([mother, father])
  })

  it('accepts the member’s certno, full or masked, when it matches', async () => {
    const { client, father, mother } = await sonWithTwoParents()
    await client.ok(
      '5309',
      { member_certno: CERT.张浩然, binding_ids: [mother, father] },
      { as: '张建国' },
    )
    await client.ok(
      '5309',
      { member_certno: '4101**********017X', binding_ids: [father, mother] },
      { as: '张建国' },
    )
    const answer = await rejects(
      client,
      '5309',
      { member_certno: CERT.张雨萱, binding_ids: [mother, father] },
      '张建国',
      'E_BAD_REQUEST',
    )
    expect(answer.err_msg).toBe('请求参数有误：member_certno。')
  })

  it('refuses the child himself (E_FORBIDDEN)', async () => {
    const { client, father, mother } = await sonWithTwoParents()
    await rejects(client, '5309', { binding_ids: [mother, father] }, '张浩然', 'E_FORBIDDEN')
  })

  it('answers a stranger as for bindings that do not exist (A1: E_NOT_FOUND)', async () => {
    const { client, father, mother } = await sonWithTwoParents()
    await rejects(client, '5309', { binding_ids: [mother, father] }, '刘强', 'E_NOT_FOUND')
  })

  it('refuses a 共济人 who is not a parent (E_FORBIDDEN)', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    await createFamily(client, '张伟')
    const father = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
    const brother = (await addMember(client, '张伟', '张浩然', '兄弟姐妹')).binding.binding_id
    await confirm(client, '李秀兰', brother)
    await rejects(client, '5309', { binding_ids: [brother] }, '张伟', 'E_FORBIDDEN')
    // The father's binding is none of the brother's business: it does not exist for him.
    await rejects(client, '5309', { binding_ids: [brother, father] }, '张伟', 'E_NOT_FOUND')
  })

  it('lets a parent who is not one of the child’s 共济人 set the order (F2)', async () => {
    const client = new TestClient()
    await createFamily(client, '张建国')
    const father = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
    const view = await client.ok('5309', { binding_ids: [father] }, { as: '李秀兰' })
    expect(view.managed[0].payers.map((p) => p.binding.binding_id)).toEqual([father])
  })

  it('refuses a parent ordering a child of 16 or more (E_FORBIDDEN)', async () => {
    const { client, father } = await daughterWithTwoParents()
    await rejects(client, '5309', { binding_ids: [father] }, '张建国', 'E_FORBIDDEN')
  })

  it.each([
    ['one binding missing', (f: string) => [f]],
    ['a binding twice', (f: string, m: string) => [f, m, f]],
    ['an empty list', () => []],
  ])('refuses %s (E_BAD_REQUEST)', async (_, ids) => {
    const { client, father, mother } = await sonWithTwoParents()
    const answer = await rejects(
      client,
      '5309',
      { binding_ids: ids(father, mother) },
      '张建国',
      'E_BAD_REQUEST',
    )
    expect(answer.err_msg).toBe('请求参数有误：binding_ids。')
  })

  it('refuses an ended binding in the list (E_BAD_REQUEST)', async () => {
    const { client, father, mother } = await sonWithTwoParents()
    await client.ok('5306', { binding_id: father }, { as: '张建国' })
    await rejects(client, '5309', { binding_ids: [father, mother] }, '李秀兰', 'E_BAD_REQUEST')
  })

  it('refuses bindings of two different members (E_BAD_REQUEST)', async () => {
    const { client, father, mother } = await daughterWithTwoParents()
    const son = (await addMember(client, '张建国', '张浩然', '子女')).binding.binding_id
    await rejects(client, '5309', { binding_ids: [father, son] }, '张建国', 'E_BAD_REQUEST')
    await rejects(client, '5309', { binding_ids: [father, mother, son] }, '张雨萱', 'E_NOT_FOUND')
  })

  it('refuses an unknown binding (E_NOT_FOUND)', async () => {
    const { client, father } = await sonWithTwoParents()
    await rejects(client, '5309', { binding_ids: [father, 'B404'] }, '张建国', 'E_NOT_FOUND')
  })
})
