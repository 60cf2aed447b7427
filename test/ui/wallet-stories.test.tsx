import RecordDetailPage from '../../src/packages/family/record-detail/index'
import WalletPage from '../../src/packages/family/wallet/index'
import { CERT } from '../support/public/demo'
import { settle } from '../support/scenes'
import { el, shows, tap, type, typePin } from '../support/screen'
import { createTestApp, mockTaro, type TestApp } from '../support/test-app'

const PIN = '714825'

function text(selector: string): string {
  return el(selector).textContent ?? ''
}

/** 张建国 with his own PIN; `sent` transfers to 张建军 already made (and accepted) today. */
async function zhangJianguo(sent = 0): Promise<TestApp> {
  const app = createTestApp()
  await app.as('张建国', '5312', { old_pin: '000000', new_pin: PIN })
  for (let i = 0; i < sent; i += 1) {
    const { transfer } = await app.as('张建国', '5322', {
      psn_name: '张建军',
      certno: CERT.张建军,
      relation: '兄弟姐妹',
      amount: 10000,
      pin: PIN,
    })
    await app.as('张建军', '5323', { transfer_id: transfer.transfer_id })
  }
  await app.loginAs('张建国')
  return app
}

/** 向家人转账 ¥100.00 to 张建军 through the form and the keypad. */
async function transferOnPage(): Promise<void> {
  await shows('#transfer-form')
  type('#transfer-name', '张建军')
  type('#transfer-certno', CERT.张建军)
  tap('#relation-sibling')
  type('#transfer-amount', '100')
  tap('#transfer-next')
  await shows('#transfer-sheet')
  typePin(PIN)
  await shows('#transfer-result')
}

describe('跨省共济（医保钱包）: refusals say why and leave the account as it was', () => {
  it('a fourth transfer the same day is refused with E_WALLET_DAILY_COUNT’s message', async () => {
    const app = await zhangJianguo(3)
    app.render(<WalletPage />)
    await shows('#wallet-room')
    expect(text('#wallet-room')).toBe('今日还可转0笔')
    expect(text('#transfer-balance')).toBe('个人账户余额：¥3,226.40')
    await transferOnPage()
    expect(text('#transfer-error')).toBe('您今日已转账3笔，请明日再试。')
    expect(document.querySelector('#transfer-result-title')).toBeNull()
    tap('#transfer-again')
    await shows('#transfer-form')
    expect(text('#transfer-balance')).toBe('个人账户余额：¥3,226.40')
    expect(document.querySelectorAll('#wallet-transfers .wallet-transfer')).toHaveLength(3)
  })

  it('at 22:30 the page says transfers are paused and the backend refuses one', async () => {
    const app = await zhangJianguo()
    await app.scene.ok('9103', { time: '2026-11-23T22:30:00+08:00' })
    app.render(<WalletPage />)
    await shows('#wallet-room')
    expect(text('#wallet-room')).toBe('今日还可转3笔（现在暂停转账，06:00后可转）')
    await transferOnPage()
    expect(text('#transfer-error')).toBe('22:00至次日06:00暂停转账，请在06:00后再试。')
    expect(text('#wallet-room')).toBe('今日还可转3笔（现在暂停转账，06:00后可转）')
    expect(document.querySelector('#wallet-transfers')).toBeNull()
  })
})

describe('张建军’s ¥2,120.00 bill at a 广州 hospital (T1)', () => {
  it('shows ¥2,000.00 from his own account and ¥120.00 from his wallet', async () => {
    const app = await zhangJianguo(0)
    const { transfer } = await app.as('张建国', '5322', {
      psn_name: '张建军',
      certno: CERT.张建军,
      relation: '兄弟姐妹',
      amount: 50000,
      pin: PIN,
    })
    await app.as('张建军', '5323', { transfer_id: transfer.transfer_id })
    await settle(app.scene, '张建军', 212000, { inst_type: '医院门诊', category: '诊疗' })
    await app.loginAs('张建军')

    const { rows } = await app.store.services.records.consumption({})
    mockTaro.setRouterParams({ id: rows[0].id })
    const detail = app.render(<RecordDetailPage />)
    await shows('#split-card')
    expect(text('#split-card')).toContain('机构：广州市第一人民医院（医院门诊）')
    expect(text('#split-own')).toBe('张建军本人个人账户¥2,000.00')
    expect(text('#split-wallet')).toBe('张建军本人医保钱包¥120.00')
    expect(text('#split-cash')).toBe('现金支付¥0.00')
    expect(text('#split-total')).toBe('合计¥2,120.00')
    detail.unmount()

    app.render(<WalletPage />)
    await shows('#wallet-own')
    expect(text('#wallet-balance')).toBe('¥380.00')
    const history = Array.from(document.querySelectorAll('.wallet-history'), (row) => [
      row.querySelector('.wallet-history__kind')?.textContent,
      row.querySelector('.amount')?.textContent,
    ])
    expect(history).toEqual([
      ['医保钱包支付', '-¥120.00'],
      ['医保钱包转入', '+¥500.00'],
    ])
  })
})
