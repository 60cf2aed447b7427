import { allPages, CERT, TestClient } from '../../support/backend-client'
import { bind, settle } from '../../support/scenes'

async function familyOfZhang() {
  const client = new TestClient()
  const forChild = await bind(client, '张建国', '张浩然', '子女')
  const forSon = await bind(client, '张建国', '张伟', '子女')
  const byMother = await bind(client, '李秀兰', '张浩然', '子女')
  await settle(client, '张伟', 120000)
  await settle(client, '张浩然', 1100)
  await settle(client, '张伟', 2200)
  return { client, forChild, forSon, byMother }
}

describe('5313/5314 filters', () => {
  it('from/to are inclusive Shanghai dates', async () => {
    const client = new TestClient()
    const november = await client.ok(
      '5313',
      { from: '2026-11-01', to: '2026-11-01' },
      { as: '张建国' },
    )
    expect(november.rows.map((r) => [r.kind, r.time])).toEqual([
      ['划入', '2026-11-01T09:05:00+08:00'],
    ])
    const year = await allPages((cursor) =>
      client.ok('5313', { from: '2026-01-01', to: '2026-12-31', cursor }, { as: '张建国' }),
    )
    expect(year.length).toBeGreaterThan(11)
    expect(year.every((r) => r.time.startsWith('2026-'))).toBe(true)
    const none = await client.ok('5313', { to: '2020-01-01' }, { as: '张建国' })
    expect(none).toEqual({ rows: [], next_cursor: null })
  })

  it('kinds[] keeps only the named kinds; an empty list means every kind', async () => {
    const client = new TestClient()
    const credits = await allPages((cursor) =>
      client.ok('5313', { kinds: ['划入'], cursor, limit: 50 }, { as: '张建国' }),
    )
    expect(credits.length).toBe(25)
    expect(credits.every((r) => r.kind === '划入' && r.amount > 0)).toBe(true)
    const all = await client.ok('5313', { kinds: [] }, { as: '张建国' })
    expect(all.rows).toHaveLength(20)
  })

  it('member_certno keeps the rows concerning that member', async () => {
    const { client } = await familyOfZhang()
    const child = await client.ok('5313', { member_certno: CERT.张浩然 }, { as: '张建国' })
    expect(child.rows.map((r) => [r.kind, r.amount, r.member?.psn_name])).toEqual([
      ['共济支出', -1100, '张浩然'],
    ])
    const lowercase = await client.ok(
      '5313',
      { member_certno: CERT.张浩然.toLowerCase() },
      { as: '张建国' },
    )
    expect(lowercase).toEqual(child)
  })

  it('binding_id means the other side of that binding, from either side', async () => {
    const { client, forSon, byMother } = await familyOfZhang()
    const sons = await client.ok('5314', { binding_id: forSon.binding_id }, { as: '张建国' })
    expect(sons.rows.map((r) => [r.kind, r.from_account, r.member?.psn_name])).toEqual([
      ['共济支出', 2200, '张伟'],
    ])
    const paidByFather = await client.ok('5314', { binding_id: forSon.binding_id }, { as: '张伟' })
    expect(paidByFather.rows.map((r) => r.total)).toEqual([2200])
    const paidByMother = await client.ok(
      '5314',
      { binding_id: byMother.binding_id },
      { as: '张浩然' },
    )
    expect(paidByMother.rows).toEqual([])
  })

  it('a binding the caller is not part of is E_FORBIDDEN; an unknown one E_NOT_FOUND', async () => {
    const { client, byMother } = await familyOfZhang()
    expect(await client.fail('5313', { binding_id: byMother.binding_id }, { as: '张伟' })).toBe(
      'E_FORBIDDEN',
    )
    expect(await client.fail('5313', { binding_id: 'B404' }, { as: '张伟' })).toBe('E_NOT_FOUND')
  })

  it('5314 kinds filter picks own purchases or 共济支出', async () => {
    const { client } = await familyOfZhang()
    const paidForFamily = await client.ok('5314', { kinds: ['共济支出'] }, { as: '张建国' })
    expect(paidForFamily.rows.map((r) => r.member?.psn_name)).toEqual(['张伟', '张浩然'])
    const own = await client.ok('5314', { kinds: ['本人消费'] }, { as: '张建国' })
    expect(own.rows.every((r) => r.kind === '本人消费' && r.member === undefined)).toBe(true)
  })

  it('refuses malformed filters naming the field', async () => {
    const client = new TestClient()
    const cases: [unknown, string][] = [
      [{ from: '2026-02-30' }, 'from'],
      [{ from: '2026/01/01' }, 'from'],
      [{ from: '2026-05-01', to: '2026-04-01' }, 'to'],
      [{ kinds: ['转账'] }, 'kinds'],
      [{ kinds: '划入' }, 'kinds'],
      [{ member_certno: '410105196803120316' }, 'member_certno'],
      [{ member_certno: CERT.张浩然, binding_id: 'B1' }, 'binding_id'],
    ]
    for (const [input, field] of cases) {
      const answer = await client.raw('5313', input, { as: '张建国' })
      expect(answer.err_code).toBe('E_BAD_REQUEST')
      expect(answer.err_msg).toContain(field)
    }
    expect(await client.fail('5314', { kinds: ['划入'] }, { as: '张建国' })).toBe('E_BAD_REQUEST')
  })
})
