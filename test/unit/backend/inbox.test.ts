import { rejects } from '../../support/backend-client'
import { bind, settle } from '../../support/scenes'
import { at, transfer, walletClient, ZJG_PIN } from '../../support/wallet-fixtures'

describe('消息 (N1, N2)', () => {
  it('tells each side what happened, newest first, and counts down as they are read', async () => {
    const client = await walletClient()
    await client.ok('5302', { pledge: true }, { as: '张建国' })
    const haoran = (await bind(client, '张建国', '张浩然', '子女')).binding_id
    await settle(client, '张浩然', 60000)
    await client.ok(
      '5311',
      { binding_id: haoran, year: 2027, amount: 40000, pin: ZJG_PIN },
      { as: '张建国' },
    )
    const sent = await transfer(client, '张建国', '张建军', '兄弟姐妹', 50000)
    const arrived = await client.ok('5330', {}, { as: '张建军' })
    expect(arrived.unread).toBe(1)
    expect(arrived.messages[0]).toMatchObject({
      kind: 'transfer_arrived',
      title: '张建国向您的医保钱包转账¥500.00',
      read: false,
      link: { target: 'transfer', id: sent.transfer.transfer_id },
    })
    await client.ok('5323', { transfer_id: sent.transfer.transfer_id }, { as: '张建军' })

    const inbox = await client.ok('5330', {}, { as: '张建国' })
    expect(inbox.messages.map((m) => m.title)).toEqual([
      '张建军已确认收款¥500.00',
      '已为张浩然代缴2027年度居民医保',
      '您的账户为张浩然支付了¥600.00',
    ])
    expect(inbox.unread).toBe(3)
    expect(inbox.messages[2].link?.target).toBe('record')
    expect(inbox.messages[1].link?.target).toBe('receipt')
    // Listing marks nothing read; opening one does, once.
    expect((await client.ok('5330', {}, { as: '张建国' })).unread).toBe(3)
    expect(
      (await client.ok('5331', { ids: [inbox.messages[0].id] }, { as: '张建国' })).unread,
    ).toBe(2)
    expect(
      (await client.ok('5331', { ids: [inbox.messages[0].id] }, { as: '张建国' })).unread,
    ).toBe(2)
    expect((await client.ok('5331', { all: true }, { as: '张建国' })).unread).toBe(0)
    const read = await client.ok('5330', {}, { as: '张建国' })
    expect(read.messages.every((m) => m.read)).toBe(true)
    // The child bound at once is told too (a binding change goes to both sides).
    const child = await client.ok('5330', {}, { as: '张浩然' })
    expect(child.messages.map((m) => m.kind)).toEqual(['binding_started'])
  })

  it('tells both sides of a return at 06:00 with that time, and of binding changes', async () => {
    const client = await walletClient()
    await client.ok('5302', { pledge: true }, { as: '张建国' })
    const added = await client.ok(
      '5303',
      { psn_name: '张雨萱', certno: '410302200609010287', relation: '子女' },
      { as: '张建国' },
    )
    const waiting = await client.ok('5330', {}, { as: '张雨萱' })
    expect(waiting.messages[0]).toMatchObject({
      kind: 'binding_waiting',
      title: '张建国邀请您加入家庭共济',
    })
    await client.ok('5305', { binding_id: added.binding.binding_id }, { as: '张雨萱' })
    expect((await client.ok('5330', {}, { as: '张建国' })).messages[0]).toMatchObject({
      kind: 'binding_declined',
      title: '张雨萱拒绝了绑定申请',
    })
    await transfer(client, '张建国', '张建军', '兄弟姐妹', 10000)
    at(client, '2026-11-26T09:00')
    for (const who of ['张建国', '张建军'] as const) {
      const [latest] = (await client.ok('5330', {}, { as: who })).messages
      expect(latest).toMatchObject({ kind: 'transfer_returned', time: '2026-11-24T06:00:00+08:00' })
    }
  })

  it('warns once when a pending request expires within 24 h', async () => {
    const client = await walletClient()
    await client.ok('5302', { pledge: true }, { as: '张建国' })
    await client.ok(
      '5303',
      { psn_name: '张伟', certno: '410105199204110514', relation: '子女' },
      { as: '张建国' },
    )
    at(client, '2026-11-29T14:04')
    expect((await client.ok('5330', {}, { as: '张伟' })).messages.map((m) => m.kind)).toEqual([
      'binding_waiting',
    ])
    at(client, '2026-11-29T14:06')
    const soon = await client.ok('5330', {}, { as: '张伟' })
    expect(soon.messages.map((m) => m.kind)).toEqual(['binding_expiring', 'binding_waiting'])
    expect((await client.ok('5330', {}, { as: '张伟' })).messages).toHaveLength(2)
    at(client, '2026-12-01T09:00')
    const gone = await client.ok('5330', {}, { as: '张伟' })
    expect(gone.messages.map((m) => m.kind)).toEqual([
      'binding_expired',
      'binding_expiring',
      'binding_waiting',
    ])
  })

  it('pages by cursor, reads only one’s own messages, refuses bad input', async () => {
    const client = await walletClient()
    for (let i = 0; i < 3; i += 1) await settle(client, '张建国', 100 + i)
    await client.ok('5302', { pledge: true }, { as: '张建国' })
    await bind(client, '张建国', '张浩然', '子女')
    for (let i = 0; i < 55; i += 1) await settle(client, '张浩然', 100 + i)
    const first = await client.ok('5330', { limit: 50 }, { as: '张建国' })
    expect(first.messages).toHaveLength(50)
    expect(first.messages[0].title).toBe('您的账户为张浩然支付了¥1.54')
    const rest = await client.ok('5330', { cursor: first.next_cursor ?? '' }, { as: '张建国' })
    expect(rest.messages).toHaveLength(5)
    expect(rest.next_cursor).toBeNull()
    const theirs = (await client.ok('5330', {}, { as: '张浩然' })).messages[0].id
    await rejects(client, '5331', { ids: [theirs] }, '张建国', 'E_NOT_FOUND')
    await rejects(client, '5331', { ids: ['P0001-M999'] }, '张建国', 'E_NOT_FOUND')
    await rejects(client, '5331', {}, '张建国', 'E_BAD_REQUEST')
    await rejects(client, '5330', { limit: 51 }, '张建国', 'E_BAD_REQUEST')
    await rejects(client, '5330', { cursor: 'x' }, '张建国', 'E_BAD_REQUEST')
    await rejects(client, '5330', {}, undefined, 'E_NOT_LOGGED_IN')
  })
})
