import { type H5App, launchAtDemoNow, loginAs, setupH5 } from './harness'

// Two families, a limit, a settlement, a refund: every step through the pages.
jest.setTimeout(240_000)

const h5 = setupH5()

const 张浩然 = { certno: '41010520140520017X', loginKey: 'persona-6' }

const PAGES = {
  serviceHall: 'pages/service-hall/index',
  mine: 'pages/mine/index',
  hub: 'packages/family/hub/index',
  binding: 'packages/family/binding/index',
  addMember: 'packages/family/add-member/index',
  memberDetail: 'packages/family/member-detail/index',
  records: 'packages/family/records/index',
  recordDetail: 'packages/family/record-detail/index',
  qaTools: 'packages/qa/tools/index',
}

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

/** The logged-in 共济人 creates their family and binds 张浩然 (12: active at once). */
async function bindHaoran(app: H5App): Promise<void> {
  await openHubEntry(app, '#entry-binding', PAGES.binding)
  await app.tap('#create-family')
  await app.tap('#pledge-agree')
  await app.tap('#confirm-create')
  await app.tap('#add-member')
  await app.waitForRoute(PAGES.addMember)
  await app.fill('#member-name', '张浩然')
  await app.fill('#member-certno', 张浩然.certno)
  await app.tap('#relation-child')
  await app.tap('#submit-binding')
  await app.waitFor('#add-result')
  await app.tap('#back-to-family')
  await app.waitForRoute(PAGES.binding)
  await app.waitForText('#family', '张浩然')
}

async function openQaTools(app: H5App): Promise<void> {
  // The tab bar shows on tab pages only; from anywhere else go to 我要办 first.
  await app.goto(PAGES.serviceHall)
  await app.tapTab('我的')
  await app.waitForRoute(PAGES.mine)
  await app.tap('#qa-tools')
  await app.waitForRoute(PAGES.qaTools)
  await app.waitFor(`#settle-patient-${张浩然.loginKey}`)
}

async function openRecords(app: H5App): Promise<void> {
  await openHubEntry(app, '#entry-records', PAGES.records)
  await app.waitFor('.record-row')
}

/** Taro's Input renders its inner <input> a moment after the element itself. */
async function type(app: H5App, selector: string, value: string): Promise<void> {
  await app.waitFor(`${selector} input`)
  await app.fill(selector, value)
}

/** Text with the layout's whitespace squeezed out, so "共济人 张建国 ¥100.00" reads as one. */
async function squeezed(app: H5App, selector: string): Promise<string> {
  return (await app.text(selector)).replace(/\s+/g, '')
}

function row(app: H5App, text: string) {
  return app.current().locator('.record-row', { hasText: text }).first()
}

describe('H5: a settlement shared by two 共济人, seen by both, then partly refunded', () => {
  it('张建国 ¥100.00 (his limit), 李秀兰 ¥200.00; a ¥50.00 refund goes back to 李秀兰', async () => {
    const app = await launchAtDemoNow(h5)

    // 张建国 binds 张浩然 first, then 李秀兰: deduction order 张建国, 李秀兰.
    await login(app, '张建国')
    await bindHaoran(app)
    await login(app, '李秀兰')
    await bindHaoran(app)

    // 张建国 limits what 张浩然 may use of his account to ¥100.00 this year.
    await login(app, '张建国')
    await openHubEntry(app, '#entry-binding', PAGES.binding)
    await app.current().locator('.member-card', { hasText: '张浩然' }).click()
    await app.waitForRoute(PAGES.memberDetail)
    await app.tap('#set-limit')
    await type(app, '#limit-amount', '100')
    await app.tap('#save-limit')
    await app.waitForText('#detail-limit', '¥100.00')

    // 测试工具 → 模拟就医结算: 张浩然 buys ¥300.00 of 药品 at a 零售药店 with his own credential.
    await openQaTools(app)
    await app.tap(`#settle-patient-${张浩然.loginKey}`)
    await app.tap('#settle-inst-pharmacy')
    await app.tap('#settle-category-drug')
    await type(app, '#settle-amount', '300')
    await app.tap('#settle-submit')
    await app.waitFor('#split-card')
    const split = await squeezed(app, '#split-card')
    expect(split).toContain('共济人张建国¥100.00')
    expect(split).toContain('共济人李秀兰¥200.00')
    expect(split).toContain('现金支付¥0.00')
    expect(split).toContain('合计¥300.00')
    await app.screenshot('settlement-qa-split')

    // 张建国 sees it in 共济查询: 账户变动, the detail with his share, and 消费记录.
    await openRecords(app)
    await app.waitForText('#balance-value', '¥3,426.40')
    const zhangChange = row(app, '共济支出 · 张浩然')
    expect(await zhangChange.textContent()).toContain('-¥100.00')
    await app.screenshot('settlement-records-zhang')
    await zhangChange.click()
    await app.waitForRoute(PAGES.recordDetail)
    await app.waitFor('#split-card')
    expect(await squeezed(app, '#split-card')).toContain('共济人张建国¥100.00')
    // A1: a 共济人 sees only what their own account paid, not the other 共济人's part.
    expect(await squeezed(app, '#split-card')).not.toContain('李秀兰')
    expect(await app.current().locator('#split-others').count()).toBe(0)
    await app.screenshot('settlement-detail-zhang')
    await app.tap('#detail-back')
    await app.waitForRoute(PAGES.records)
    await app.tap('#tab-consumption')
    await app.waitForText('.record-row', '为张浩然支付')
    expect(await row(app, '为张浩然支付').textContent()).toContain('-¥100.00')
    await app.screenshot('settlement-consumption-zhang')

    // Only his 共济支出, and the month's 共济支出 per member on the chart.
    await app.tap('#tab-changes')
    await app.tap('#filter-kind')
    await app.waitFor('#panel-kind')
    await app.screenshot('settlement-filter-kind')
    await app.tap('#kind-mulaid-out')
    await app.waitForText('#filter-kind', '共济支出')
    await app.waitFor('#list-end')
    const rows = await app.current().locator('.record-row').allTextContents()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('共济支出 · 张浩然')
    await app.tap('#chart-toggle')
    await app.waitFor('#mulaid-chart')
    expect(await squeezed(app, '#chart-member-0')).toBe('张浩然¥100.00')
    expect(await squeezed(app, '#chart-month-2026-11')).toContain('100元')
    await app.screenshot('settlement-chart-zhang')

    // 李秀兰 sees her ¥200.00 the same way.
    await login(app, '李秀兰')
    await openRecords(app)
    await app.waitForText('#balance-value', '¥8,010.00')
    const liChange = row(app, '共济支出 · 张浩然')
    expect(await liChange.textContent()).toContain('-¥200.00')
    await liChange.click()
    await app.waitForRoute(PAGES.recordDetail)
    await app.waitFor('#split-card')
    expect(await squeezed(app, '#split-card')).toContain('共济人李秀兰¥200.00')
    expect(await squeezed(app, '#split-card')).not.toContain('张建国')
    expect(await app.current().locator('#split-others').count()).toBe(0)
    await app.tap('#detail-back')
    await app.waitForRoute(PAGES.records)
    await app.tap('#tab-consumption')
    await app.waitForText('.record-row', '为张浩然支付')
    expect(await row(app, '为张浩然支付').textContent()).toContain('-¥200.00')

    // 模拟退费: ¥50.00 of it comes back; the last 共济人 (李秀兰) is unwound first.
    await openQaTools(app)
    await app
      .current()
      .locator('#refund-settlement .qa-form__option', { hasText: '张浩然' })
      .first()
      .click()
    await app.tap('#refund-partial')
    await type(app, '#refund-amount', '50')
    await app.tap('#refund-submit')
    await app.waitFor('#refund-result')
    const refund = await squeezed(app, '#refund-result')
    expect(refund).toContain('已退费¥50.00')
    expect(refund).toContain('退回共济人李秀兰的个人账户¥50.00')
    expect(refund).toContain('该结算还可退¥250.00')
    await app.screenshot('settlement-qa-refund')

    // Her balance and her newest entry show the money back.
    await openRecords(app)
    await app.waitForText('#balance-value', '¥8,060.00')
    const back = row(app, '退费')
    expect(await back.textContent()).toContain('+¥50.00')
    expect(await back.textContent()).toContain('余额 ¥8,060.00')
    await back.click()
    await app.waitForRoute(PAGES.recordDetail)
    await app.waitFor('#split-card')
    expect(await squeezed(app, '#split-card')).toContain('已退回¥50.00')
    await app.screenshot('settlement-refund-detail-li')
    expect(app.errors).toEqual([])
  })
})
