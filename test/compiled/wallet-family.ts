import { DEMO_NOW, TestClient } from '../support/backend-client'
import { CERT } from '../support/public/demo'
import { bind } from '../support/scenes'
import { type Platform, PlatformStore, typePin, waitForDots } from './premium-family'
import { MockStorage } from './shared/storage'

const PIN = '258147'
const WALLET = 'packages/family/wallet/index'
const BINDING = 'packages/family/binding/index'
const INBOX = 'packages/family/inbox/index'

/**
 * Through the backend the app bundles, before launch: the clock at the demo's "today", 张建国's
 * PIN changed, 张浩然 bound to 张建国 and then 李秀兰, and `as` logged in.
 */
async function seed(storage: MockStorage, as: '张建国' | '张浩然' | '张建军') {
  const client = new TestClient({ store: new PlatformStore(storage), clock: () => Date.now() })
  await client.ok('9103', { time: new Date(DEMO_NOW).toISOString() })
  await client.ok('5312', { old_pin: '000000', new_pin: PIN }, { as: '张建国' })
  await bind(client, '张建国', '张浩然', '子女')
  await bind(client, '李秀兰', '张浩然', '子女')
  return {
    client,
    login: async () => storage.set('app:session-token', await client.tokenFor(as)),
  }
}

/**
 * The 自留金额 (both sides), 向家人转账 with the PIN keypad, 确认收款 and 消息 stories on every
 * compiled target (seed balances).
 */
export function walletScenarios(platform: Platform): void {
  it('张建国 keeps a fixed ¥3,000.00, then 30 %, and sees what his family can still use', async () => {
    const storage = new MockStorage(platform.limits)
    const { login } = await seed(storage, '张建国')
    await login()
    const app = await platform.launch(storage)
    const page = await app.open(BINDING)
    await page.waitForText('#reserve-mode', '不自留')
    await page.tap('#reserve-edit')
    await page.waitFor('#reserve-editor')
    await page.tap('#reserve-amount')
    await page.input('#reserve-amount-input', '3000')
    await page.waitForText('#reserve-preview', '家人用不到账户里的最后¥3,000.00')
    await page.tap('#reserve-save')
    await page.waitForGone('#reserve-editor')
    expect(page.text('#reserve-mode')).toBe('固定金额：自留¥3,000.00')
    expect(page.text('#reserve-avail')).toBe('家人现在最多可用：¥526.40')

    await page.tap('#reserve-edit')
    await page.tap('#reserve-percent')
    await page.input('#reserve-percent-input', '30')
    await page.tap('#reserve-save')
    await page.waitForText('#reserve-mode', '按比例')
    expect(page.text('#reserve-mode')).toBe('按比例：自留¥1,057.92')
    expect(page.text('#reserve-sentence')).toContain('家人今年最多用到账户资金的70%')
    expect(page.text('#reserve-avail')).toBe('家人现在最多可用：¥2,468.48')
    expect(app.logs).toEqual([])
    app.close()
  })

  it('张建国 transfers ¥500.00 to 张建军 with the PIN keypad', async () => {
    const storage = new MockStorage(platform.limits)
    const { login } = await seed(storage, '张建国')
    await login()
    const app = await platform.launch(storage)
    const page = await app.open(WALLET)
    await page.waitFor('#transfer-form')
    expect(page.text('#wallet-room')).toBe('今日还可转3笔')
    expect(page.text('#transfer-balance')).toBe('个人账户余额：¥3,526.40')
    await page.input('#transfer-name', '张建军')
    await page.input('#transfer-certno', CERT.张建军)
    await page.tap('#relation-sibling')
    await page.input('#transfer-amount', '500')
    await page.tap('#transfer-next')
    await page.waitFor('#transfer-sheet')
    expect(page.text('#transfer-sheet')).toContain('转给张建军（兄弟姐妹）的医保钱包')
    expect(page.text('#transfer-sheet')).toContain('¥500.00')
    await typePin(page, PIN.slice(0, 5))
    await waitForDots(page, 5)
    expect(page.text()).not.toContain(PIN.slice(0, 5))
    await typePin(page, PIN.slice(5))
    await page.waitForText('#transfer-result-title', '已转出，待对方确认收款')
    await page.waitForText('#wallet-room', '今日还可转2笔')
    expect(page.exists('#transfer-sheet')).toBe(false)
    expect(page.text('#wallet-transfers')).toContain('转给张建军（兄弟姐妹）')
    expect(page.texts('.wallet-transfer__state')).toEqual(['待收款'])
    expect(page.text('#transfer-balance')).toBe('个人账户余额：¥3,026.40')
    expect(app.logs).toEqual([])
    app.close()
  })

  it('张浩然 sees 张建国’s 可用额度 ¥526.40, never his balance', async () => {
    const storage = new MockStorage(platform.limits)
    const { client, login } = await seed(storage, '张浩然')
    await client.ok('5316', { mode: 'amount', value: 300000 }, { as: '张建国' })
    await login()
    const app = await platform.launch(storage)
    const page = await app.open(BINDING)
    await page.waitFor('.payer-card')
    const texts = page.texts('.payer-card')
    expect(texts[0]).toContain('张建国')
    expect(texts[0]).toContain('可用额度：¥526.40')
    expect(page.text()).not.toContain('3,526.40')
    expect(app.logs).toEqual([])
    app.close()
  })

  it('张建军 accepts it (确认收款) and reads the message', async () => {
    const storage = new MockStorage(platform.limits)
    const { client, login } = await seed(storage, '张建军')
    const { transfer } = await client.ok(
      '5322',
      {
        psn_name: '张建军',
        certno: '440106197211300159',
        relation: '兄弟姐妹',
        amount: 50000,
        pin: PIN,
      },
      { as: '张建国' },
    )
    await login()
    const app = await platform.launch(storage)
    const page = await app.open(WALLET)
    await page.waitFor(`#accept-${transfer.transfer_id}`)
    await page.tap(`#accept-${transfer.transfer_id}`)
    await page.waitForText('#wallet-balance', '¥500.00')
    expect(page.text(`#transfer-${transfer.transfer_id}-state`)).toBe('已收款')
    const inbox = await app.open(INBOX)
    await inbox.waitForText('#inbox-unread', '未读1条')
    expect(inbox.text()).toContain('张建国向您的医保钱包转账¥500.00')
    await inbox.tap('#inbox-read-all')
    await inbox.waitForText('#inbox-unread', '未读0条')
    expect(app.logs).toEqual([])
    app.close()
  })
}
