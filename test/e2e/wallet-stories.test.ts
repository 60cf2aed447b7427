import { CERT } from '../support/public/demo'
import { type H5App, launchAtDemoNow, loginAs, setupH5 } from './harness'

// 自留金额, 跨省共济 through the 医保钱包, and 消息: the figures on the seed balances.
jest.setTimeout(300_000)

const h5 = setupH5()

const PIN = '258147'
const PAGES = {
  serviceHall: 'pages/service-hall/index',
  mine: 'pages/mine/index',
  hub: 'packages/family/hub/index',
  binding: 'packages/family/binding/index',
  addMember: 'packages/family/add-member/index',
  changePin: 'packages/family/change-pin/index',
  wallet: 'packages/family/wallet/index',
  inbox: 'packages/family/inbox/index',
  qaTools: 'packages/qa/tools/index',
}
const LOGIN_KEYS = { 张浩然: 'persona-6', 张建军: 'persona-9', 张伟: 'persona-3' } as const

async function login(app: H5App, name: string): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await loginAs(app, name)
}

async function openHubEntry(app: H5App, entry: string, route: string): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await app.tap('#entry-family')
  await app.waitForRoute(PAGES.hub)
  await app.tap(entry)
  await app.waitForRoute(route)
}

/** Taro's Input renders its inner <input> a moment after the element itself. */
async function type(app: H5App, selector: string, value: string): Promise<void> {
  await app.waitFor(`${selector} input`)
  await app.fill(selector, value)
}

async function squeezed(app: H5App, selector: string): Promise<string> {
  return (await app.text(selector)).replace(/\s+/g, '')
}

async function typePin(app: H5App, pin: string): Promise<void> {
  for (const digit of pin) await app.tap(`#pin-key-${digit}`)
}

/** The logged-in 共济人 creates their family and binds 张浩然 (12: active at once). */
async function bindHaoran(app: H5App): Promise<void> {
  await openHubEntry(app, '#entry-binding', PAGES.binding)
  await app.tap('#create-family')
  await app.tap('#pledge-agree')
  await app.tap('#confirm-create')
  await app.tap('#add-member')
  await app.waitForRoute(PAGES.addMember)
  await app.fill('#member-name', '张浩然')
  await app.fill('#member-certno', CERT.张浩然)
  await app.tap('#relation-child')
  await app.tap('#submit-binding')
  await app.waitFor('#add-result')
}

/** 张建国 and then 李秀兰 bind 张浩然: deduction order 张建国, 李秀兰. */
async function bothParentsBindHaoran(app: H5App): Promise<void> {
  await login(app, '张建国')
  await bindHaoran(app)
  await login(app, '李秀兰')
  await bindHaoran(app)
}

/** 张建国 on 共济绑定 → 自留金额: a fixed amount ('amount') or a percentage ('percent'). */
async function setReserve(app: H5App, mode: 'amount' | 'percent', value: string): Promise<void> {
  await login(app, '张建国')
  await openHubEntry(app, '#entry-binding', PAGES.binding)
  await app.tap('#reserve-edit')
  await app.tap(`#reserve-${mode}`)
  await type(app, `#reserve-${mode}-input`, value)
  await app.tap('#reserve-save')
  await app.current().locator('#reserve-editor').waitFor({ state: 'detached' })
}

async function openQaTools(app: H5App): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await app.tapTab('我的')
  await app.waitForRoute(PAGES.mine)
  await app.tap('#qa-tools')
  await app.waitForRoute(PAGES.qaTools)
  await app.waitFor('#settle-patient')
}

/** 测试工具 → 模拟就医结算 with the patient's own credential; resolves on the split. */
async function settle(
  app: H5App,
  patient: keyof typeof LOGIN_KEYS,
  inst: 'pharmacy' | 'clinic',
  category: 'drug' | 'treatment',
  yuan: string,
): Promise<string> {
  await openQaTools(app)
  await app.tap(`#settle-patient-${LOGIN_KEYS[patient]}`)
  await app.tap(`#settle-inst-${inst}`)
  await app.tap(`#settle-category-${category}`)
  await type(app, '#settle-amount', yuan)
  await app.tap('#settle-submit')
  const total = `¥${Number(yuan).toLocaleString('en-US', { minimumFractionDigits: 2 })}`
  await app.waitForText('#split-total', total)
  return squeezed(app, '#split-card')
}

/** 测试工具 → 调整系统日期. */
async function moveClock(app: H5App, date: string, time: string): Promise<void> {
  await openQaTools(app)
  await type(app, '#clock-date', date)
  await type(app, '#clock-time', time)
  await app.tap('#clock-set')
  await app.waitForText('#clock-now', `${date} ${time}`)
}

/** 张建国 replaces the initial PIN on 修改支付密码 (K1). */
async function changePin(app: H5App): Promise<void> {
  await app.goto(PAGES.changePin)
  await app.waitFor('#pin-initial-hint')
  await typePin(app, '000000')
  await app.waitForText('#pin-step', '设置新密码')
  await typePin(app, PIN)
  await app.waitForText('#pin-step', '确认新密码')
  await typePin(app, PIN)
  await app.waitFor('#pin-changed')
}

/** On 跨省共济（医保钱包）: 向家人转账 with the keypad; resolves on the result card. */
async function transfer(
  app: H5App,
  to: '张建军' | '张伟',
  relation: 'sibling' | 'child',
  yuan: string,
): Promise<string> {
  await app.waitFor('#transfer-form')
  await type(app, '#transfer-name', to)
  await type(app, '#transfer-certno', CERT[to])
  await app.tap(`#relation-${relation}`)
  await type(app, '#transfer-amount', yuan)
  await app.tap('#transfer-next')
  await app.waitFor('#transfer-sheet')
  await typePin(app, PIN)
  await app.waitFor('#transfer-result')
  const result = await app.text('#transfer-result')
  await app.tap('#transfer-again')
  return result
}

/** 我的 → 消息: the titles, newest first. */
async function openInbox(app: H5App): Promise<string[]> {
  await app.goto(PAGES.serviceHall)
  await app.tapTab('我的')
  await app.waitForRoute(PAGES.mine)
  await app.tap('#entry-inbox')
  await app.waitForRoute(PAGES.inbox)
  await app.waitFor('.inbox-row')
  return app.current().locator('.inbox-row__title').allTextContents()
}

/** The badge on the 我的 tab ('' when there is none). */
async function badge(app: H5App): Promise<string> {
  const item = app.page.locator('.weui-tabbar__item', { hasText: '我的' })
  const found = item.locator('.weui-badge')
  return (await found.count()) === 0 ? '' : ((await found.first().textContent()) ?? '')
}

async function waitForBadge(app: H5App, expected: string): Promise<void> {
  await app.page.waitForFunction(
    (text) => {
      const items = Array.from(document.querySelectorAll('.weui-tabbar__item'))
      const mine = items.find((item) => item.textContent?.includes('我的'))
      const shown = mine?.querySelector('.weui-badge')?.textContent ?? ''
      return shown === text
    },
    expected,
    { timeout: 10_000 },
  )
}

describe('H5: 自留金额 (R1–R3) with the seed balances', () => {
  it('a fixed ¥3,000.00: 张浩然 sees ¥526.40; a ¥600.00 bill takes ¥526.40 and ¥73.60', async () => {
    const app = await launchAtDemoNow(h5)
    await bothParentsBindHaoran(app)
    await setReserve(app, 'amount', '3000')
    expect(await app.text('#reserve-mode')).toBe('固定金额：自留¥3,000.00')
    expect(await squeezed(app, '#reserve-avail')).toBe('家人现在最多可用：¥526.40')
    await app.screenshot('wallet-reserve-fixed')

    await login(app, '张浩然')
    await openHubEntry(app, '#entry-binding', PAGES.binding)
    await app.waitFor('#member-payers .payer-card')
    const zhang = app.current().locator('.payer-card', { hasText: '张建国' })
    expect(await zhang.textContent()).toContain('可用额度：¥526.40')
    expect(await app.text('#member-payers')).not.toContain('3,526.40')
    await app.screenshot('wallet-reserve-member-side')

    const first = await settle(app, '张浩然', 'pharmacy', 'drug', '600')
    expect(first).toContain('共济人张建国¥526.40')
    expect(first).toContain('共济人李秀兰¥73.60')
    expect(first).toContain('现金支付¥0.00')
    const second = await settle(app, '张浩然', 'pharmacy', 'drug', '50')
    expect(second).toContain('共济人张建国¥0.00未扣款：已达自留金额')
    expect(second).toContain('共济人李秀兰¥50.00')
    await app.screenshot('wallet-reserve-skipped')
    expect(app.errors).toEqual([])
  })

  it('30 %: a ¥3,000.00 bill takes ¥2,468.48 and ¥531.52; a second takes nothing more from him', async () => {
    const app = await launchAtDemoNow(h5)
    await bothParentsBindHaoran(app)
    await setReserve(app, 'percent', '30')
    expect(await app.text('#reserve-mode')).toBe('按比例：自留¥1,057.92')
    expect(await squeezed(app, '#reserve-avail')).toBe('家人现在最多可用：¥2,468.48')

    const first = await settle(app, '张浩然', 'pharmacy', 'drug', '3000')
    expect(first).toContain('共济人张建国¥2,468.48')
    expect(first).toContain('共济人李秀兰¥531.52')
    const second = await settle(app, '张浩然', 'pharmacy', 'drug', '200')
    expect(second).toContain('共济人张建国¥0.00未扣款：已达自留金额')
    expect(second).toContain('共济人李秀兰¥200.00')
    expect(app.errors).toEqual([])
  })
})

describe('H5: 跨省共济（医保钱包） (W1–W4) and 消息 (N1–N2)', () => {
  it('张建国 → 张建军: ¥500.00 accepted, a ¥2,120.00 bill, a return at 06:00, two refusals', async () => {
    const app = await launchAtDemoNow(h5)
    await login(app, '张建国')
    await changePin(app)
    await openHubEntry(app, '#entry-wallet', PAGES.wallet)
    await app.waitFor('#wallet-rules')
    expect(await app.text('#wallet-rules')).toContain('单笔不超过¥2,000.00')
    expect(await app.text('#wallet-room')).toBe('今日还可转3笔')
    expect(await transfer(app, '张建军', 'sibling', '500')).toContain('已转出，待对方确认收款')
    await app.waitForText('#wallet-room', '今日还可转2笔')
    await app.screenshot('wallet-transfer-sent')

    // 张建军 is told, accepts it, and pays a bill at a 广州 hospital: his account, then the wallet.
    await login(app, '张建军')
    await waitForBadge(app, '1')
    expect(await openInbox(app)).toEqual(['张建国向您的医保钱包转账¥500.00'])
    await app.tap('.inbox-row')
    await app.waitForRoute(PAGES.wallet)
    await app.waitFor('#transfer-focus')
    await app.screenshot('wallet-accept')
    await app.tap('#wallet-pending .btn-primary')
    await app.waitForText('#wallet-balance', '¥500.00')
    const bill = await settle(app, '张建军', 'clinic', 'treatment', '2120')
    expect(bill).toContain('机构：广州市第一人民医院（医院门诊）')
    expect(bill).toContain('张建军本人个人账户¥2,000.00')
    expect(bill).toContain('张建军本人医保钱包¥120.00')
    expect(bill).toContain('现金支付¥0.00')
    await app.screenshot('wallet-bill-guangzhou')

    // A second transfer to him, and one to 张伟 (wallet opened in 测试工具); a fourth is refused.
    await openQaTools(app)
    await app.tap(`#wallet-person-${LOGIN_KEYS.张伟}`)
    await app.tap('#wallet-tool-submit')
    await app.waitFor('#wallet-tool-result')
    await login(app, '张建国')
    await openHubEntry(app, '#entry-wallet', PAGES.wallet)
    expect(await transfer(app, '张建军', 'sibling', '100')).toContain('已转出')
    expect(await transfer(app, '张伟', 'child', '100')).toContain('已转出')
    await app.waitForText('#wallet-room', '今日还可转0笔')
    expect(await transfer(app, '张伟', 'child', '100')).toContain('您今日已转账3笔，请明日再试。')
    await app.screenshot('wallet-fourth-refused')

    // Nobody accepts: at 06:00 the next day both come back; at 22:30 transfers are paused.
    await moveClock(app, '2026-11-24', '06:00')
    await openHubEntry(app, '#entry-wallet', PAGES.wallet)
    await app.waitForText('#wallet-room', '今日还可转3笔')
    expect(await app.current().locator('.wallet-transfer__state').allTextContents()).toEqual([
      '已退回',
      '已退回',
      '已收款',
    ])
    await app.screenshot('wallet-returned')
    await moveClock(app, '2026-11-24', '22:30')
    await openHubEntry(app, '#entry-wallet', PAGES.wallet)
    await app.waitForText('#wallet-room', '（现在暂停转账，06:00后可转）')
    expect(await transfer(app, '张建军', 'sibling', '100')).toContain(
      '22:00至次日06:00暂停转账，请在06:00后再试。',
    )

    // 消息: each event on both sides; the badge counts down as they are read.
    await openInbox(app)
    expect(await app.current().locator('.inbox-row__title').allTextContents()).toEqual([
      '转给张伟的¥100.00已退回',
      '转给张建军的¥100.00已退回',
      '张建军已确认收款¥500.00',
    ])
    await app.goto(PAGES.serviceHall)
    await waitForBadge(app, '3')
    await openInbox(app)
    await app.tap('.inbox-row')
    await app.waitForRoute(PAGES.wallet)
    await app.goto(PAGES.serviceHall)
    await waitForBadge(app, '2')
    await openInbox(app)
    await app.tap('#inbox-read-all')
    await app.waitForText('#inbox-unread', '未读0条')
    await app.goto(PAGES.serviceHall)
    await waitForBadge(app, '')

    await login(app, '张建军')
    expect(await openInbox(app)).toEqual([
      '张建国的转账¥100.00已退回',
      '张建国向您的医保钱包转账¥100.00',
      '张建国向您的医保钱包转账¥500.00',
    ])
    expect(await app.text('#inbox-unread')).toBe('未读2条')
    await app.screenshot('wallet-inbox-jianjun')
    expect(await badge(app)).toBe('2')
    expect(app.errors).toEqual([])
  })
})
