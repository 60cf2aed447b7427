import { CERT } from '../support/public/demo'
import { type H5App, launchAtDemoNow, loginAs, setupH5 } from './harness'

// What citizens stumbled on (issue 10, Deliver §10) that the other H5 stories do not walk through:
// the face check (rules-stories), the in-law refusal (binding-stories) and a pending 张小满 on
// 代缴医保 (premium-story) are covered there.
jest.setTimeout(180_000)

const h5 = setupH5()

const PAGES = {
  serviceHall: 'pages/service-hall/index',
  mine: 'pages/mine/index',
  hub: 'packages/family/hub/index',
  binding: 'packages/family/binding/index',
  addMember: 'packages/family/add-member/index',
  premium: 'packages/family/premium/index',
  qaTools: 'packages/qa/tools/index',
}

async function switchTo(app: H5App, name: string): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await loginAs(app, name)
}

async function openHub(app: H5App): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await app.tap('#entry-family')
  await app.waitForRoute(PAGES.hub)
}

async function openHubEntry(app: H5App, entry: string, route: string): Promise<void> {
  await openHub(app)
  await app.tap(entry)
  await app.waitForRoute(route)
}

/** The logged-in 共济人 creates their family and asks to bind `name` (16+: it waits for them). */
async function requestBinding(
  app: H5App,
  name: '王桂芝' | '李秀梅',
  relationId: 'mother' | 'sibling',
): Promise<void> {
  await openHubEntry(app, '#entry-binding', PAGES.binding)
  await app.tap('#create-family')
  await app.tap('#pledge-agree')
  await app.tap('#confirm-create')
  await app.tap('#add-member')
  await app.waitForRoute(PAGES.addMember)
  await app.fill('#member-name', name)
  await app.fill('#member-certno', CERT[name])
  await app.tap(`#relation-${relationId}`)
  await app.tap('#submit-binding')
  await app.waitForText('#add-result-state', '待确认')
  await app.tap('#back-to-family')
  await app.waitForRoute(PAGES.binding)
}

async function setBackendClock(app: H5App, date: string): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await app.tapTab('我的')
  await app.waitForRoute(PAGES.mine)
  await app.tap('#qa-tools')
  await app.waitForRoute(PAGES.qaTools)
  await app.waitFor('#clock-date input')
  await app.fill('#clock-date', date)
  await app.fill('#clock-time', '10:00')
  await app.tap('#clock-set')
  await app.waitForText('#clock-now', `${date} 10:00`)
}

function payee(app: H5App, name: string) {
  return app.current().locator('.payee', { hasText: name })
}

describe('H5: what a citizen stumbled on, walked through again', () => {
  it('a pending 王桂芝 is listed on 代缴医保 with what to do; after the period it says when the next opens', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张建国')
    await requestBinding(app, '王桂芝', 'mother')

    await openHubEntry(app, '#entry-premium', PAGES.premium)
    await app.waitFor('#payee-list')
    expect(await payee(app, '王桂芝').textContent()).toContain(
      '绑定申请正等待王桂芝本人确认（在“共济绑定”的“待我确认”中同意，或到医保经办窗口办理），绑定生效后即可代缴。',
    )
    const page = (await app.current().textContent()) ?? ''
    expect(page).not.toContain('还没有已绑定的家人')
    expect(await app.current().locator('#go-binding').count()).toBe(0)
    await app.screenshot('stumble-01-pending-payee')

    // 2027-02-01: the 2027年度 period is over; the page names the next one, asks for no PIN.
    await setBackendClock(app, '2027-02-01')
    await openHubEntry(app, '#entry-premium', PAGES.premium)
    expect(await app.waitForText('#premium-closed-title', '现在不在城乡居民医保缴费期')).toBe(
      '现在不在城乡居民医保缴费期',
    )
    expect(await app.text('#premium-next-period')).toBe(
      '2028年度缴费期从2027年9月1日开始，至2027年12月31日结束，缴费标准¥400.00。到时再来为家人代缴。',
    )
    expect(await app.current().locator('#premium-year, #pin-initial, #change-pin').count()).toBe(0)
    await app.screenshot('stumble-02-after-period')
    expect(app.errors).toEqual([])
  })

  it('张雨桐 (城乡居民) is not addressed as a 职工, and 代缴医保 says what her family can do', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张雨桐')
    await openHub(app)
    const intro = await app.text('#hub-intro')
    expect(intro).toContain('您参加的是城乡居民医保')
    expect(intro).not.toContain('参加职工医保的您')

    await app.tap('#entry-premium')
    await app.waitForRoute(PAGES.premium)
    await app.waitFor('#premium-family-can')
    expect(await app.text('#premium-family-can')).toContain('您的家人可以为您代缴')
    await app.screenshot('stumble-03-resident-premium')
    await app.tap('#go-binding')
    await app.waitForRoute(PAGES.binding)
    expect(app.errors).toEqual([])
  })

  it('李秀兰 cannot pay for her sister 李秀梅 (资助参保) and is told which exclusion it is', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '李秀兰')
    await requestBinding(app, '李秀梅', 'sibling')

    await switchTo(app, '李秀梅')
    await openHubEntry(app, '#entry-binding', PAGES.binding)
    await app.tap('#pending [id^="confirm-"]')
    await app.waitFor('#face-check')
    await app.tap('#face-pass')
    await app.waitFor('#member-payers .payer-card')

    await switchTo(app, '李秀兰')
    await openHubEntry(app, '#entry-premium', PAGES.premium)
    await app.waitFor('#payee-list')
    const reason = (await payee(app, '李秀梅').textContent()) ?? ''
    expect(reason).toContain('资助参保人员')
    expect(reason).toContain('资助身份取消后可以代缴')
    await payee(app, '李秀梅').click()
    expect(await app.current().locator('#premium-selected').count()).toBe(0)
    await app.screenshot('stumble-04-subsidised')
    expect(app.errors).toEqual([])
  })
})
