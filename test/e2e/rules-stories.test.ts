import { CERT } from '../support/public/demo'
import { type H5App, launchAtDemoNow, loginAs, setupH5 } from './harness'

// Several people take the phone in turn; every step goes through the pages.
jest.setTimeout(180_000)

const h5 = setupH5()

const PAGES = {
  serviceHall: 'pages/service-hall/index',
  mine: 'pages/mine/index',
  hub: 'packages/family/hub/index',
  binding: 'packages/family/binding/index',
  addMember: 'packages/family/add-member/index',
  premium: 'packages/family/premium/index',
  result: 'packages/family/premium-result/index',
  changePin: 'packages/family/change-pin/index',
  qaTools: 'packages/qa/tools/index',
}

const RELATION_IDS = { 孙子女: 'grandchild', 子女: 'child' } as const

/** Another person takes the phone: back to 我要办 (tab bar), 我的 → 切换测试身份. */
async function switchTo(app: H5App, name: string): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await loginAs(app, name)
}

/** 我要办 → 家庭共济服务 → the entry, by taps. */
async function openHubEntry(app: H5App, entry: string, route: string): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await app.tap('#entry-family')
  await app.waitForRoute(PAGES.hub)
  await app.tap(entry)
  await app.waitForRoute(route)
}

async function openBinding(app: H5App): Promise<void> {
  await openHubEntry(app, '#entry-binding', PAGES.binding)
}

/** The 共济人 creates their family if need be and asks to bind `name`; ends on 共济绑定. */
async function request(
  app: H5App,
  name: '张小满' | '张雨萱' | '张浩然',
  relation: keyof typeof RELATION_IDS,
): Promise<void> {
  await openBinding(app)
  await app.waitFor('#create-family, #family')
  if ((await app.current().locator('#create-family').count()) > 0) {
    await app.tap('#create-family')
    await app.tap('#pledge-agree')
    await app.tap('#confirm-create')
    await app.waitFor('#family')
  }
  await app.tap('#add-member')
  await app.waitForRoute(PAGES.addMember)
  await app.fill('#member-name', name)
  await app.fill('#member-certno', CERT[name])
  await app.tap(`#relation-${RELATION_IDS[relation]}`)
  await app.tap('#submit-binding')
  await app.waitFor('#add-result')
  if (relation === '孙子女') {
    expect(await app.text('#add-result-state')).toBe('待监护人确认')
    expect(await app.text('#add-result-text')).toContain(`需要${name}的父母（监护人）`)
  }
  await app.tap('#back-to-family')
  await app.waitForRoute(PAGES.binding)
  await app.waitForText('#family', name)
}

function memberCard(app: H5App, name: string) {
  return app.current().locator('.member-card', { hasText: name })
}

async function typePin(app: H5App, pin: string): Promise<void> {
  for (const digit of pin) await app.tap(`#pin-key-${digit}`)
}

async function openQaTools(app: H5App): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await app.tapTab('我的')
  await app.waitForRoute(PAGES.mine)
  await app.tap('#qa-tools')
  await app.waitForRoute(PAGES.qaTools)
  await app.waitFor('#tool-settle')
}

/** Text with the layout's whitespace squeezed out, so "个人账户 ¥50.00" reads as one. */
async function squeezed(app: H5App, selector: string): Promise<string> {
  return (await app.text(selector)).replace(/\s+/g, '')
}

describe('H5: the corrected rules, as citizens meet them', () => {
  it('张建国 asks for 张小满 → 待监护人确认; 张伟 confirms by face; 张建国 pays 2027年度 for him', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张建国')
    await request(app, '张小满', '孙子女')
    const card = memberCard(app, '张小满')
    await card.locator('.state-badge', { hasText: '待监护人确认' }).waitFor()
    expect(await card.textContent()).toContain('等待张小满的父母确认')
    expect(await card.textContent()).toContain('12393')
    await app.screenshot('rules-01-waiting-for-parent')

    await switchTo(app, '张伟')
    await openBinding(app)
    await app.waitForText('#pending', '为张小满（孙子女）确认')
    expect(await app.text('#pending')).toContain('张小满未满16周岁，需要您作为父母确认')
    await app.screenshot('rules-02-parent-confirms')
    await app.tap('#pending [id^="confirm-"]')
    await app.waitFor('#face-check')
    await app.tap('#face-pass')
    await app.page.locator('#face-check').waitFor({ state: 'detached' })
    await app.current().locator('#pending').waitFor({ state: 'detached' })

    await switchTo(app, '张建国')
    await openBinding(app)
    await memberCard(app, '张小满').locator('.state-badge', { hasText: '已绑定' }).waitFor()

    // 张建国 still has the initial PIN: he changes it, then pays.
    await app.goto(PAGES.changePin)
    await typePin(app, '000000')
    await app.waitForText('#pin-step', '设置新密码')
    await typePin(app, '258147')
    await app.waitForText('#pin-step', '确认新密码')
    await typePin(app, '258147')
    await app.waitFor('#pin-changed')

    await openHubEntry(app, '#entry-premium', PAGES.premium)
    await app.waitFor('#payee-list')
    expect(await app.text('#premium-year')).toBe('2027年度')
    const payee = app.current().locator('.payee', { hasText: '张小满' })
    await payee.click()
    await app.waitForText('#premium-selected', '为张小满缴纳2027年度城乡居民医保')
    await app.tap('#confirm-pay')
    await app.waitFor('#pay-sheet')
    await typePin(app, '258147')
    await app.waitForRoute(PAGES.result)
    expect(await app.waitForText('#result-title', '代缴成功')).toBe('代缴成功')
    expect(await app.text('#receipt-payee')).toBe('张小满')
    expect(await app.text('#receipt-year')).toBe('2027年度')
    expect(await app.text('#receipt-amount')).toBe('¥400.00')
    await app.screenshot('rules-03-newborn-paid')
    expect(app.errors).toEqual([])
  })

  it('张建国 withdraws a pending request for 张雨萱 → 已撤回; she no longer sees it', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张建国')
    await request(app, '张雨萱', '子女')
    const card = memberCard(app, '张雨萱')
    await card.locator('.state-badge', { hasText: '待确认' }).waitFor()
    await card.locator('.member-card__withdraw').click()
    await app.page.locator('.taro-model__confirm').click()
    await card.locator('.state-badge', { hasText: '已撤回' }).waitFor()
    expect(await card.locator('.member-card__withdraw').count()).toBe(0)
    await app.screenshot('rules-04-withdrawn')

    await switchTo(app, '张雨萱')
    await openBinding(app)
    await app.waitFor('#member-payers')
    expect(await app.current().locator('#pending').count()).toBe(0)
    expect(await app.text('#member-section')).not.toContain('张建国')
    expect(app.errors).toEqual([])
  })

  it('刘强 (暂停参保) settles ¥50.00 at a pharmacy: his own account pays it', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '刘强')
    await openQaTools(app)
    await app.current().locator('#settle-patient .qa-form__chip', { hasText: '刘强' }).click()
    await app.tap('#settle-inst-pharmacy')
    await app.tap('#settle-category-drug')
    await app.waitFor('#settle-amount input')
    await app.fill('#settle-amount', '50')
    await app.tap('#settle-submit')
    await app.waitFor('#split-card')
    const split = await squeezed(app, '#split-card')
    expect(split).toContain('刘强本人个人账户¥50.00')
    expect(split).toContain('现金支付¥0.00')
    expect(split).toContain('合计¥50.00')
    await app.screenshot('rules-05-suspended-own-account')

    await openHubEntry(app, '#entry-records', 'packages/family/records/index')
    expect(await app.waitForText('#balance-value', '¥510.00')).toBe('¥510.00')
    expect(app.errors).toEqual([])
  })

  it('with the clock at 2027-09-15, 代缴医保 collects 2028年度 at ¥400.00', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张建国')
    await request(app, '张浩然', '子女')
    await openQaTools(app)
    await app.waitFor('#clock-date input')
    await app.fill('#clock-date', '2027-09-15')
    await app.fill('#clock-time', '10:00')
    await app.tap('#clock-set')
    await app.waitForText('#clock-now', '2027-09-15 10:00')

    await openHubEntry(app, '#entry-premium', PAGES.premium)
    expect(await app.waitForText('#premium-year', '2028年度')).toBe('2028年度')
    expect(await app.text('#premium-standard')).toBe('¥400.00')
    expect(await app.current().locator('#premium-closed').count()).toBe(0)
    await app.current().locator('.payee', { hasText: '张浩然' }).click()
    await app.waitForText('#premium-selected', '为张浩然缴纳2028年度城乡居民医保')
    await app.screenshot('rules-06-2028-open')
    expect(app.errors).toEqual([])
  })

  it('a face check left with the back button does not follow to the next person', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张建国')
    await request(app, '张雨萱', '子女')
    await switchTo(app, '张雨萱')
    await openBinding(app)
    await app.tap('#pending [id^="confirm-"]')
    await app.waitFor('#face-check')
    await app.page.goBack()
    await app.waitForRoute(PAGES.hub)
    expect(await app.page.locator('#face-check').count()).toBe(0)

    await switchTo(app, '张建国')
    await openBinding(app)
    await app.waitForText('#family', '张雨萱')
    expect(await app.page.locator('#face-check').count()).toBe(0)
    await app.screenshot('rules-07-clean-after-switch')

    // And 张雨萱, back on her own page, starts the check afresh: 通过 does what it says.
    await switchTo(app, '张雨萱')
    await openBinding(app)
    expect(await app.page.locator('#face-check').count()).toBe(0)
    await app.tap('#pending [id^="confirm-"]')
    await app.waitFor('#face-check')
    await app.tap('#face-pass')
    await app.waitFor('#member-payers .payer-card')
    expect(await app.text('#member-payers')).toContain('张建国')
    expect(app.errors).toEqual([])
  })
})
