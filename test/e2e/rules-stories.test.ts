import { type H5App, launchAtDemoNow, loginAs, setupH5 } from './harness'

const h5 = setupH5()

const BINDING = 'packages/family/binding/index'
const ADD_MEMBER = 'packages/family/add-member/index'
const CERT = { 张小满: '410105202606010131', 张雨萱: '410302200609010287' }
const RELATION_IDS = { 孙子女: 'grandchild', 子女: 'child' } as const

async function openBinding(app: H5App): Promise<void> {
  await app.goto('pages/mine/index')
  await app.tapTab('我要办')
  await app.waitForRoute('pages/service-hall/index')
  await app.tap('#entry-family')
  await app.waitForRoute('packages/family/hub/index')
  await app.tap('#entry-binding')
  await app.waitForRoute(BINDING)
}

async function switchTo(app: H5App, name: string): Promise<void> {
  await app.goto('pages/mine/index')
  await loginAs(app, name)
}

/** 张建国 creates his family and asks to bind `name`; ends back on 共济绑定. */
async function request(app: H5App, name: keyof typeof CERT, relation: keyof typeof RELATION_IDS) {
  await openBinding(app)
  if ((await app.current().locator('#create-family').count()) > 0) {
    await app.tap('#create-family')
    await app.tap('#pledge-agree')
    await app.tap('#confirm-create')
    await app.waitFor('#family')
  }
  await app.tap('#add-member')
  await app.waitForRoute(ADD_MEMBER)
  await app.fill('#member-name', name)
  await app.fill('#member-certno', CERT[name])
  await app.tap(`#relation-${RELATION_IDS[relation]}`)
  await app.tap('#submit-binding')
  await app.waitFor('#add-result')
  await app.page.goBack()
  await app.waitForRoute(BINDING)
}

describe('H5: the corrected rules, as citizens meet them', () => {
  it('张建国 asks for 张小满 → 待监护人确认; his father 张伟 confirms with the face check', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张建国')
    await request(app, '张小满', '孙子女')
    const card = app.current().locator('.member-card', { hasText: '张小满' })
    await card.locator('.state-badge', { hasText: '待监护人确认' }).waitFor()
    expect(await card.textContent()).toContain('等待张小满的父母确认')
    expect(await card.textContent()).toContain('12393')

    await switchTo(app, '张伟')
    await openBinding(app)
    await app.waitForText('#pending', '为张小满（孙子女）确认')
    await app.tap('#pending .btn-primary')
    await app.waitFor('#face-check')
    await app.tap('#face-pass')
    await app.current().locator('#face-check').waitFor({ state: 'detached' })

    await switchTo(app, '张建国')
    await openBinding(app)
    await app
      .current()
      .locator('.member-card', { hasText: '张小满' })
      .locator('.state-badge', { hasText: '已绑定' })
      .waitFor()
    expect(app.errors).toEqual([])
  })

  it('张建国 withdraws a pending request for 张雨萱 → 已撤回; she no longer sees it', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张建国')
    await request(app, '张雨萱', '子女')
    await app.tap('.member-card .member-card__withdraw')
    await app.page.locator('.taro-model__confirm').click()
    await app
      .current()
      .locator('.member-card', { hasText: '张雨萱' })
      .locator('.state-badge', { hasText: '已撤回' })
      .waitFor()

    await switchTo(app, '张雨萱')
    await openBinding(app)
    await app.waitFor('#member-section')
    expect(await app.current().locator('#pending').count()).toBe(0)
    expect(app.errors).toEqual([])
  })

  it('a face check left with the back button does not follow to the next person', async () => {
    const app = await launchAtDemoNow(h5)
    await loginAs(app, '张建国')
    await request(app, '张雨萱', '子女')
    await switchTo(app, '张雨萱')
    await openBinding(app)
    await app.tap('#pending .btn-primary')
    await app.waitFor('#face-check')
    await app.page.goBack()
    await app.waitForRoute('packages/family/hub/index')

    await switchTo(app, '张建国')
    await openBinding(app)
    await app.waitFor('#family')
    expect(await app.page.locator('#face-check').count()).toBe(0)
    expect(app.errors).toEqual([])
  })
})
