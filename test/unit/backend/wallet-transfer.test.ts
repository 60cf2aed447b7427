import { rejects } from '../../support/backend-client'
import { settle } from '../../support/scenes'
import {
  at,
  openWalletFor,
  transfer,
  transferInput,
  walletClient,
  walletOf,
} from '../../support/wallet-fixtures'

const toJianjun = (amount: number, extra: Record<string, unknown> = {}) => ({
  ...transferInput('张建军', '兄弟姐妹', amount),
  ...extra,
})

describe('5321 wallet.open (W1)', () => {
  it('opens one’s own wallet with a face check; refuses others and the uninsured', async () => {
    const client = await walletClient()
    expect((await walletOf(client, '张伟')).opened).toBe(false)
    await rejects(client, '5321', { face_token: 'nope' }, '张伟', 'E_FACE_FAILED')
    const { face_token: someoneElses } = await client.ok('9101', {}, { as: '张建国' })
    await rejects(client, '5321', { face_token: someoneElses }, '张伟', 'E_FACE_FAILED')
    const { face_token: chen } = await client.ok('9101', {}, { as: '陈静' })
    const uninsured = await rejects(
      client,
      '5321',
      { face_token: chen },
      '陈静',
      'E_WALLET_NOT_ELIGIBLE',
    )
    expect(uninsured.err_msg).toBe(
      '您当前参保状态为“未参保”，暂不能开通医保钱包；恢复正常参保后即可开通。',
    )
    const { face_token: liu } = await client.ok('9101', {}, { as: '刘强' })
    const suspended = await rejects(
      client,
      '5321',
      { face_token: liu },
      '刘强',
      'E_WALLET_NOT_ELIGIBLE',
    )
    expect(suspended.err_msg).toBe(
      '您当前参保状态为“暂停参保”，暂不能开通医保钱包；恢复正常参保后即可开通。',
    )
    expect((await walletOf(client, '刘强')).opened).toBe(false)
    const { face_token } = await client.ok('9101', {}, { as: '张伟' })
    const wallet = await client.ok('5321', { face_token }, { as: '张伟' })
    expect(wallet).toMatchObject({ opened: true, balc: 0, history: [] })
  })

  it('张建军 has opened his, empty, in the demo population', async () => {
    const client = await walletClient()
    expect(await walletOf(client, '张建军')).toMatchObject({ opened: true, balc: 0 })
  })
})

describe('5322 wallet.transfer (W2): every refusal leaves the state as it was', () => {
  it('checks the input, never echoing the PIN', async () => {
    const client = await walletClient()
    for (const [patch, field] of [
      [{ pin: '12345' }, 'pin'],
      [{ amount: 0 }, 'amount'],
      [{ amount: 10.5 }, 'amount'],
      [{ certno: '' }, 'certno'],
    ] as const) {
      const answer = await rejects(client, '5322', toJianjun(100, patch), '张建国', 'E_BAD_REQUEST')
      expect(answer.err_msg).toBe(`请求参数有误：${field}。`)
    }
  })

  it('needs a 共济人 (S1) and a 近亲属 named right (P1, P3, S2)', async () => {
    const client = await walletClient()
    await rejects(client, '5322', toJianjun(100), '张浩然', 'E_PAYER_NOT_EMPLOYEE')
    await rejects(client, '5322', toJianjun(100), '刘强', 'E_PAYER_STATUS')
    await rejects(client, '5322', toJianjun(100), '张建军', 'E_PAYER_OUT_OF_PROVINCE')
    await rejects(
      client,
      '5322',
      toJianjun(100, { psn_name: '张建民' }),
      '张建国',
      'E_NAME_MISMATCH',
    )
    await rejects(
      client,
      '5322',
      toJianjun(100, { certno: '410105196803120316' }),
      '张建国',
      'E_ID_INVALID',
    )
    await rejects(
      client,
      '5322',
      toJianjun(100, { relation: '子女' }),
      '张建国',
      'E_RELATION_MISMATCH',
    )
    await rejects(
      client,
      '5322',
      toJianjun(100, { relation: '岳母' }),
      '张建国',
      'E_RELATION_NOT_ALLOWED',
    )
    await rejects(
      client,
      '5322',
      transferInput('周淑珍', '母亲', 100),
      '张建国',
      'E_RELATION_NOT_ALLOWED',
    )
  })

  it('needs an open wallet, ≤ ¥2,000.00, open hours, the balance and the PIN', async () => {
    const client = await walletClient()
    await rejects(client, '5322', transferInput('张伟', '子女', 100), '张建国', 'E_WALLET_NOT_OPEN')
    const over = await rejects(client, '5322', toJianjun(200001), '张建国', 'E_WALLET_AMOUNT')
    expect(over.err_msg).toBe('单笔转账金额须在¥0.01至¥2,000.00之间。')
    at(client, '2026-11-23T22:30')
    const late = await rejects(client, '5322', toJianjun(50000), '张建国', 'E_WALLET_HOURS')
    expect(late.err_msg).toBe('22:00至次日06:00暂停转账，请在06:00后再试。')
    at(client, '2026-11-24T05:59')
    await rejects(client, '5322', toJianjun(50000), '张建国', 'E_WALLET_HOURS')
    at(client, '2026-11-24T06:00')
    await openWalletFor(client, '张浩然')
    const zhangWei = (amount: number) => transferInput('张浩然', '兄弟姐妹', amount, '000000')
    const short = await rejects(client, '5322', zhangWei(150000), '张伟', 'E_BALANCE')
    expect(short.err_msg).toBe('您的个人账户余额（¥1,200.00）不足以支付¥1,500.00。')
    await rejects(client, '5322', zhangWei(10000), '张伟', 'E_PIN_INITIAL')
    // A wrong PIN is counted (K2), but no money moves and nothing counts toward the day.
    expect(await client.fail('5322', toJianjun(10000, { pin: '111111' }), { as: '张建国' })).toBe(
      'E_PIN_WRONG',
    )
    expect((await client.ok('1101', {}, { as: '张建国' })).balc).toBe(352640)
    expect((await walletOf(client, '张建国')).room.daily_left).toBe(3)
  })
})

describe('the 医保钱包 story (W2–W4, T1)', () => {
  it('张建国 → 张建军: accepted, spent in 广州, returned, limited to 3 a day', async () => {
    const client = await walletClient()
    await openWalletFor(client, '张伟')
    const first = await transfer(client, '张建国', '张建军', '兄弟姐妹', 50000)
    expect(first.transfer).toMatchObject({
      state: 'pending',
      amount: 50000,
      due_at: '2026-11-24T06:00:00+08:00',
    })
    expect(first.transfer.to.certno).toBe('4401**********0159')
    expect((await client.ok('1101', {}, { as: '张建国' })).balc).toBe(352640 - 50000)
    const incoming = await walletOf(client, '张建军')
    expect(incoming.transfers_in.map((t) => t.state)).toEqual(['pending'])
    expect(incoming.balc).toBe(0)

    // Only the recipient accepts; a second accept finds it accepted.
    await rejects(
      client,
      '5323',
      { transfer_id: first.transfer.transfer_id },
      '张建国',
      'E_FORBIDDEN',
    )
    await rejects(
      client,
      '5323',
      { transfer_id: first.transfer.transfer_id },
      '张伟',
      'E_NOT_FOUND',
    )
    const accepted = await client.ok(
      '5323',
      { transfer_id: first.transfer.transfer_id },
      { as: '张建军' },
    )
    expect(accepted.transfer.state).toBe('accepted')
    expect(accepted.wallet.balc).toBe(50000)
    expect(accepted.wallet.history.map((r) => [r.kind, r.amount, r.balc_after, r.purse])).toEqual([
      ['医保钱包转入', 50000, 50000, 'wallet'],
    ])
    const again = await rejects(
      client,
      '5323',
      { transfer_id: first.transfer.transfer_id },
      '张建军',
      'E_TRANSFER_STATE',
    )
    expect(again.err_msg).toBe(
      '该笔转账当前状态为“已收款”，不能再确认收款。已退回的款项在转出人的个人账户中，可请其重新转账。',
    )

    // T1: his own account first, then the wallet.
    // Insured in 广州, he settles at a 广州 hospital.
    const bill = await settle(client, '张建军', 212000, { inst_type: '医院门诊', category: '诊疗' })
    expect(bill.inst_name).toBe('广州市第一人民医院')
    expect([bill.acct_pay, bill.wallet_pay, bill.acct_mulaid_pay, bill.psn_cash_pay]).toEqual([
      200000, 12000, 0, 0,
    ])
    const spent = await walletOf(client, '张建军')
    expect(spent.balc).toBe(38000)
    expect(spent.history[0]).toMatchObject({ kind: '医保钱包支付', amount: -12000 })

    // A second transfer, never accepted; a third to 张伟; a fourth is one too many.
    const second = await transfer(client, '张建国', '张建军', '兄弟姐妹', 10000)
    await rejects(client, '5322', toJianjun(10000), '张建国', 'E_WALLET_PENDING')
    await transfer(client, '张建国', '张伟', '子女', 10000)
    expect((await walletOf(client, '张建国')).room.daily_left).toBe(0)
    const fourth = await rejects(
      client,
      '5322',
      transferInput('张伟', '子女', 10000),
      '张建国',
      'E_WALLET_DAILY_COUNT',
    )
    expect(fourth.err_msg).toBe('您今日已转账3笔，请明日再试。')

    at(client, '2026-11-24T05:59')
    expect((await walletOf(client, '张建军')).transfers_in[0].state).toBe('pending')
    at(client, '2026-11-24T06:00')
    const back = await walletOf(client, '张建国')
    expect(back.transfers_out.map((t) => t.state)).toEqual(['returned', 'returned', 'accepted'])
    expect(back.transfers_out[1]).toMatchObject({
      transfer_id: second.transfer.transfer_id,
      returned_at: '2026-11-24T06:00:00+08:00',
    })
    expect(back.room.daily_left).toBe(3)
    expect((await client.ok('1101', {}, { as: '张建国' })).balc).toBe(352640 - 50000)
    const rows = await client.ok('5313', { kinds: ['医保钱包退回'] }, { as: '张建国' })
    expect(rows.rows.map((r) => [r.time, r.amount])).toEqual([
      ['2026-11-24T06:00:00+08:00', 10000],
      ['2026-11-24T06:00:00+08:00', 10000],
    ])
    const returned = await rejects(
      client,
      '5323',
      { transfer_id: second.transfer.transfer_id },
      '张建军',
      'E_TRANSFER_STATE',
    )
    expect(returned.err_msg).toContain('当前状态为“已退回”')
  })

  it('a refund of a wallet-paid bill goes back to the wallet, before the own account (T3)', async () => {
    const client = await walletClient()
    const sent = await transfer(client, '张建国', '张建军', '兄弟姐妹', 50000)
    await client.ok('5323', { transfer_id: sent.transfer.transfer_id }, { as: '张建军' })
    const bill = await settle(client, '张建军', 230000, { inst_type: '医院门诊', category: '诊疗' })
    expect([bill.acct_pay, bill.wallet_pay, bill.psn_cash_pay]).toEqual([200000, 30000, 0])
    const refund = await client.ok('2208', { setl_id: bill.setl_id, amount: 40000 })
    expect(refund.parts.map((p) => [p.account, p.amount])).toEqual([
      ['wallet', 30000],
      ['own', 10000],
    ])
    expect((await walletOf(client, '张建军')).balc).toBe(50000)
    expect(refund.settlement.wallet_refunded).toBe(30000)
  })

  it('a repeated msgid moves no money twice (A2), and warns when going into the reserve (R2)', async () => {
    const client = await walletClient()
    await client.ok('5316', { mode: 'amount', value: 340000 }, { as: '张建国' })
    const input = toJianjun(20000)
    const first = await client.raw('5322', input, { as: '张建国', msgid: 'wallet-once' })
    const again = await client.raw('5322', input, { as: '张建国', msgid: 'wallet-once' })
    expect(again).toEqual(first)
    expect(first.output?.warning).toBe(
      '本次支出动用了您的自留金额（¥3,400.00），支出后账户余额将低于自留金额。',
    )
    expect((await client.ok('1101', {}, { as: '张建国' })).balc).toBe(352640 - 20000)
    expect((await walletOf(client, '张建国')).room.daily_left).toBe(2)
  })
})
