import { CERT } from '../support/public/demo'
import { type H5App, launchAtDemoNow, loginAs, setupH5 } from './harness'

// The whole story runs through the UI, bindings included.
jest.setTimeout(180_000)

const h5 = setupH5()

type Member = '张浩然' | '王桂芝' | '张小满'

const PAGES = {
  serviceHall: 'pages/service-hall/index',
  hub: 'packages/family/hub/index',
  binding: 'packages/family/binding/index',
  addMember: 'packages/family/add-member/index',
  premium: 'packages/family/premium/index',
  result: 'packages/family/premium-result/index',
  changePin: 'packages/family/change-pin/index',
  records: 'packages/family/records/index',
}

/** Back to 我要办 from any page: the tab bar shows only on tab pages. */
async function home(app: H5App): Promise<void> {
  await app.goto(PAGES.serviceHall)
}

async function login(app: H5App, name: string): Promise<void> {
  await home(app)
  await loginAs(app, name)
}

async function openHub(app: H5App): Promise<void> {
  await home(app)
  await app.tap('#entry-family')
  await app.waitForRoute(PAGES.hub)
}

async function openPremium(app: H5App): Promise<void> {
  await openHub(app)
  await app.tap('#entry-premium')
  await app.waitForRoute(PAGES.premium)
  await app.waitFor('#payee-list')
}

async function typePin(app: H5App, pin: string): Promise<void> {
  for (const digit of pin) await app.tap(`#pin-key-${digit}`)
}

const RELATION_IDS = { 子女: 'child', 母亲: 'mother', 孙子女: 'grandchild' }

/** 共济绑定 → 添加成员 as the logged-in 共济人; back on 共济绑定 afterwards. */
async function addMember(app: H5App, name: Member, relation: keyof typeof RELATION_IDS) {
  await app.tap('#add-member')
  await app.waitForRoute(PAGES.addMember)
  await app.fill('#member-name', name)
  await app.fill('#member-certno', CERT[name])
  await app.tap(`#relation-${RELATION_IDS[relation]}`)
  await app.tap('#submit-binding')
  await app.waitFor('#add-result')
  await app.tap('#back-to-family')
  await app.waitForRoute(PAGES.binding)
  await app.waitForText('#family', name)
}

/** 张建国 creates his family and binds the given members through the 共济绑定 pages. */
async function bindFamily(app: H5App, members: [Member, keyof typeof RELATION_IDS][]) {
  await login(app, '张建国')
  await openHub(app)
  await app.tap('#entry-binding')
  await app.waitForRoute(PAGES.binding)
  await app.tap('#create-family')
  await app.tap('#pledge-agree')
  await app.tap('#confirm-create')
  await app.waitFor('#add-member')
  for (const [name, relation] of members) await addMember(app, name, relation)
}

/** The member, logged in, confirms the pending binding with the face check. */
async function confirmAs(app: H5App, name: Member): Promise<void> {
  await login(app, name)
  await openHub(app)
  await app.tap('#entry-binding')
  await app.waitForRoute(PAGES.binding)
  await app.waitFor('#pending')
  await app.tap('#pending [id^="confirm-"]')
  await app.waitFor('#face-check')
  await app.tap('#face-pass')
  await app.page.locator('#face-check').waitFor({ state: 'detached' })
}

/** Taro's H5 button is a custom element that reflects `disabled` as an attribute. */
async function isDisabled(app: H5App, selector: string): Promise<boolean> {
  return (await app.current().locator(selector).first().getAttribute('disabled')) !== null
}

function payee(app: H5App, name: string) {
  return app.current().locator('.payee', { hasText: name })
}

describe('H5: 代缴医保 story of 张建国', () => {
  it('changes the initial PIN, pays 2027年度 for 张浩然, and sees why others cannot be paid for', async () => {
    const app = await launchAtDemoNow(h5)
    await bindFamily(app, [
      ['张浩然', '子女'],
      ['王桂芝', '母亲'],
      ['张小满', '孙子女'],
    ])
    await confirmAs(app, '王桂芝')
    await login(app, '张建国')

    await openPremium(app)
    expect(await app.text('#premium-year')).toBe('2027年度')
    expect(await app.text('#premium-standard')).toBe('¥400.00')
    expect(await app.text('#premium-balance')).toBe('¥3,526.40')
    expect(await app.text('#pin-initial')).toContain('您仍在使用初始支付密码，请先修改后再支付。')
    expect(await payee(app, '王桂芝').textContent()).toContain(
      '该人员2027年度城乡居民医保已缴费，无需重复缴纳。',
    )
    expect(await payee(app, '张小满').textContent()).toContain(
      '绑定申请正等待张小满的父母确认（在“共济绑定”的“待我确认”中同意，或到医保经办窗口办理），绑定生效后即可代缴。',
    )
    await app.screenshot('premium-initial-pin')

    await app.tap('#change-pin')
    await app.waitForRoute(PAGES.changePin)
    await app.waitFor('#pin-initial-hint')
    await app.screenshot('change-pin-step1')
    await typePin(app, '000000')
    await app.waitForText('#pin-step', '设置新密码')
    await typePin(app, '258147')
    await app.waitForText('#pin-step', '确认新密码')
    await typePin(app, '258147')
    await app.waitFor('#pin-changed')
    await app.screenshot('change-pin-done')
    await app.tap('#pin-changed-done')
    await app.waitForRoute(PAGES.premium)
    await app.page.locator('#pin-initial').waitFor({ state: 'detached' })

    await payee(app, '王桂芝').click()
    await payee(app, '张小满').click()
    expect(await app.current().locator('#premium-selected').count()).toBe(0)
    await payee(app, '张浩然').click()
    await app.waitForText('#premium-selected', '为张浩然缴纳2027年度城乡居民医保')
    await app.screenshot('premium-selected')
    await app.tap('#confirm-pay')
    await app.waitFor('#pay-sheet')
    expect(await app.text('#pay-sheet-title')).toBe('支付密码')
    await typePin(app, '258')
    await app.screenshot('premium-keypad')
    expect(await app.text('#pin-dots')).toBe('')
    expect(await app.current().locator('#pay-sheet input').count()).toBe(0)
    await typePin(app, '147')

    await app.waitForRoute(PAGES.result)
    expect(await app.waitForText('#result-title', '代缴成功')).toBe('代缴成功')
    expect(await app.text('#receipt-no')).toMatch(/^DJ20261123\d{6}$/)
    expect(await app.text('#receipt-year')).toBe('2027年度')
    expect(await app.text('#receipt-payee')).toBe('张浩然')
    expect(await app.text('#receipt-amount')).toBe('¥400.00')
    expect(await app.text('#receipt-time')).toBe('2026-11-23 14:05')
    await app.screenshot('premium-result')

    await app.tap('#result-records')
    await app.waitForRoute(PAGES.records)
    expect(await app.waitForText('#balance-value', '¥3,126.40')).toBe('¥3,126.40')
    const newest = app.current().locator('.record-row').first()
    await newest.filter({ hasText: '代缴 · 张浩然' }).waitFor()
    expect(await newest.textContent()).toContain('-¥400.00')
    expect(await newest.textContent()).toContain('余额 ¥3,126.40')
    await app.screenshot('premium-records-after')

    await openPremium(app)
    expect(await app.waitForText('#premium-balance', '¥3,126.40')).toBe('¥3,126.40')
    expect(await payee(app, '张浩然').textContent()).toContain(
      '该人员2027年度城乡居民医保已缴费，无需重复缴纳。',
    )
    await payee(app, '张浩然').click()
    expect(await isDisabled(app, '#confirm-pay')).toBe(true)
    await app.screenshot('premium-all-paid')
    expect(app.errors).toEqual([])
  })

  it('locks payment after six wrong PINs and lifts the lock by face', async () => {
    const app = await launchAtDemoNow(h5)
    await bindFamily(app, [['张浩然', '子女']])
    await app.goto(PAGES.changePin)
    await typePin(app, '000000')
    await typePin(app, '258147')
    await typePin(app, '258147')
    await app.waitFor('#pin-changed')

    await openPremium(app)
    await payee(app, '张浩然').click()
    await app.tap('#confirm-pay')
    for (let left = 5; left >= 1; left -= 1) {
      await typePin(app, '111222')
      await app.waitForText('#pin-message', `支付密码错误，您还可尝试${left}次。`)
    }
    await app.screenshot('premium-pin-wrong')
    await typePin(app, '111222')
    expect(await app.waitForText('#pin-locked', '已锁定至次日0时')).toContain('可通过人脸识别重置')
    expect(await isDisabled(app, '#confirm-pay')).toBe(true)
    await app.screenshot('premium-pin-locked')

    await app.tap('#reset-pin-by-face')
    await app.waitForRoute(PAGES.changePin)
    await app.waitFor('#pin-locked-note')
    await app.tap('#start-face')
    await app.waitFor('#face-check')
    await app.screenshot('change-pin-face')
    await app.tap('#face-pass')
    await app.waitForText('#pin-step', '设置新密码')
    await typePin(app, '369147')
    await typePin(app, '369147')
    await app.waitFor('#pin-changed')
    await app.tap('#pin-changed-done')
    await app.waitForRoute(PAGES.premium)
    await app.page.locator('#pin-locked').waitFor({ state: 'detached' })
    expect(app.errors).toEqual([])
  })
})
