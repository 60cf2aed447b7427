import { waitFor } from '@testing-library/react'

import WalletPage from '../../src/packages/family/wallet/index'
import { recordedSubscriptionRequests } from '../../src/platform/subscriptions'
import { CERT } from '../support/public/demo'
import { el, shows, tap, type, typePin } from '../support/screen'
import { createTestApp } from '../support/test-app'

const PIN = '714825'

async function zhangJianguo() {
  const app = createTestApp()
  await app.as('张建国', '5312', { old_pin: '000000', new_pin: PIN })
  await app.loginAs('张建国')
  return app
}

function fillTransfer(amount: string) {
  type('#transfer-name', '张建军')
  type('#transfer-certno', CERT.张建军)
  tap('#relation-sibling')
  type('#transfer-amount', amount)
}

describe('跨省共济（医保钱包） (W1–W4)', () => {
  it('puts the rules first and sends ¥500.00 to 张建军 with the PIN', async () => {
    const app = await zhangJianguo()
    await app.as('张建国', '5316', { mode: 'amount', value: 320000 })
    app.render(<WalletPage />)
    await shows('#wallet-rules')
    expect(el('#wallet-rules').textContent).toContain('单笔不超过¥2,000.00')
    expect(el('#wallet-rules').textContent).toContain('22:00至次日06:00暂停')
    expect(el('#wallet-room').textContent).toBe('今日还可转3笔')
    tap('#transfer-next')
    expect(el('#transfer-problem').textContent).toBe('请填写家庭成员的姓名。')
    fillTransfer('2000.01')
    tap('#transfer-next')
    expect(el('#transfer-problem').textContent).toBe('单笔转账金额须在¥0.01至¥2,000.00之间。')
    expect(document.querySelector('#transfer-sheet')).toBeNull()
    fillTransfer('500')
    expect(el('#transfer-reserve-warning').textContent).toBe(
      '转账后账户余额将低于您的自留金额（¥3,200.00）。',
    )
    tap('#transfer-next')
    await shows('#transfer-sheet')
    typePin(PIN)
    await shows('#transfer-result-title')
    expect(el('#transfer-result-title').textContent).toBe('已转出，待对方确认收款')
    expect(el('#transfer-balance').textContent).toBe('个人账户余额：¥3,026.40')
    expect(recordedSubscriptionRequests()).toContain('transfer-sent')
    await waitFor(() => expect(el('#wallet-room').textContent).toBe('今日还可转2笔'))
    const [out] = document.querySelectorAll('#wallet-transfers .wallet-transfer__state')
    expect(out.textContent).toBe('待收款')
  })

  it('lets 张建军 accept it (确认收款) into his wallet', async () => {
    const app = await zhangJianguo()
    const { transfer } = await app.as('张建国', '5322', {
      psn_name: '张建军',
      certno: CERT.张建军,
      relation: '兄弟姐妹',
      amount: 50000,
      pin: PIN,
    })
    await app.loginAs('张建军')
    app.render(<WalletPage />)
    await shows(`#accept-${transfer.transfer_id}`)
    expect(el('#wallet-balance').textContent).toBe('¥0.00')
    expect(document.querySelector('#transfer-form')).not.toBeNull()
    tap(`#accept-${transfer.transfer_id}`)
    await waitFor(() => expect(el('#wallet-balance').textContent).toBe('¥500.00'))
    expect(document.querySelector('#wallet-pending')).toBeNull()
    expect(el(`#transfer-${transfer.transfer_id}-state`).textContent).toBe('已收款')
  })

  it('opens a wallet with the face check, and has no transfer form without an account', async () => {
    const app = createTestApp()
    await app.loginAs('张浩然')
    app.render(<WalletPage />)
    await shows('#wallet-open')
    expect(document.querySelector('#transfer-form')).toBeNull()
    expect(document.querySelector('#wallet-room')).toBeNull()
    tap('#wallet-open')
    await shows('#face-pass')
    tap('#face-pass')
    await shows('#wallet-own')
    expect(el('#wallet-balance').textContent).toBe('¥0.00')
    expect(app.transport.sentOf('5321').length).toBe(1)
  })
})
