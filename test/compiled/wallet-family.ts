import { DEMO_NOW, TestClient } from '../support/backend-client'
import { bind } from '../support/scenes'
import { type Platform, PlatformStore } from './premium-family'
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

/** The 自留金额 (member side), 确认收款 and 消息 stories on every compiled target (seed balances). */
export function walletScenarios(platform: Platform): void {
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
