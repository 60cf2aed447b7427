import { CERT } from '../support/public/demo'
import { type H5App, loginAs, setupH5 } from './harness'

const h5 = setupH5()

const BINDING = 'packages/family/binding/index'
const ADD_MEMBER = 'packages/family/add-member/index'
const RELATION_IDS = { 子女: 'child', 母亲: 'mother', 兄弟姐妹: 'sibling' } as const

/** 我要办 → 家庭共济服务 → 共济绑定, by taps. */
async function openBinding(app: H5App): Promise<void> {
  await app.tapTab('我要办')
  await app.waitForRoute('pages/service-hall/index')
  await app.tap('#entry-family')
  await app.waitForRoute('packages/family/hub/index')
  await app.tap('#entry-binding')
  await app.waitForRoute(BINDING)
}

/** Another person takes the phone: back to 我的 (the tab bar is hidden on 共济绑定), log in. */
async function switchTo(app: H5App, name: string): Promise<void> {
  await app.goto('pages/mine/index')
  await loginAs(app, name)
}

async function createFamily(app: H5App, shot?: string): Promise<void> {
  await app.tap('#create-family')
  await app.waitFor('#pledge')
  if (shot) await app.screenshot(shot)
  await app.tap('#pledge-agree')
  await app.tap('#confirm-create')
  await app.waitFor('#family')
}

async function fillMember(
  app: H5App,
  name: keyof typeof CERT,
  relation: keyof typeof RELATION_IDS,
): Promise<void> {
  await app.fill('#member-name', name)
  await app.fill('#member-certno', CERT[name])
  await app.tap(`#relation-${RELATION_IDS[relation]}`)
}

/** From 共济绑定: 添加成员 → the form → 提交绑定; resolves on the result or the refusal. */
async function addMember(
  app: H5App,
  name: keyof typeof CERT,
  relation: keyof typeof RELATION_IDS,
  shot?: string,
): Promise<void> {
  await app.tap('#add-member')
  await app.waitForRoute(ADD_MEMBER)
  await fillMember(app, name, relation)
  if (shot) await app.screenshot(`${shot}-form`)
  await app.tap('#submit-binding')
  await app.waitFor('#add-result, #add-error')
  if (shot) await app.screenshot(shot)
}

async function backToFamily(app: H5App): Promise<void> {
  await app.page.goBack()
  await app.waitForRoute(BINDING)
}

describe('H5: 共济绑定 stories', () => {
  it('张建国 binds 张浩然 at once and 张雨萱 after her own face check; refusals say why', async () => {
    const app = await h5.launch()
    await loginAs(app, '张建国')
    await openBinding(app)
    await app.waitFor('#create-family')
    await app.screenshot('binding-01-no-family')
    await createFamily(app, 'binding-02-pledge')
    await app.screenshot('binding-03-family-empty')

    await addMember(app, '张浩然', '子女', 'binding-04-add-haoran')
    expect(await app.text('#add-result-state')).toBe('已绑定')
    await app.tap('#back-to-family')
    await app.waitForRoute(BINDING)

    await addMember(app, '张雨萱', '子女', 'binding-05-add-yuxuan')
    expect(await app.text('#add-result-state')).toBe('待确认')
    expect(await app.text('#add-result-text')).toContain('7天内')
    await app.tap('#add-another')

    await fillMember(app, '周淑珍', '母亲')
    await app.tap('#submit-binding')
    expect(await app.waitForText('#add-error-message', '近亲属')).toBe(
      '登记信息显示该人员不是您的近亲属。岳父母、公婆、儿媳、女婿等姻亲不属于家庭共济的近亲属，不能绑定；可以由其本人的子女或配偶为其绑定。',
    )
    await app.screenshot('binding-06-refused-mother-in-law')
    await app.tap('#add-error-back')

    await app.fill('#member-name', '张建军')
    await app.fill('#member-certno', CERT.张建军)
    await app.tap('#relation-sibling')
    await app.tap('#submit-binding')
    await app.waitForText('#add-error-message', '医保钱包')
    expect(await app.text('#add-error-message')).toBe(
      '该家庭成员不在河南省内参保，不能办理河南省内家庭共济。可通过“跨省共济（医保钱包）”向其医保钱包转账。',
    )
    await app.tap('#add-error-back')

    await app.fill('#member-certno', '410105196803120316')
    expect(await app.text('#certno-error')).toBe('请输入正确的18位居民身份证号码。')
    await app.tap('#submit-binding')
    expect(await app.text('#form-missing')).toBe('请输入正确的18位居民身份证号码。')
    await app.screenshot('binding-07-id-invalid')
    expect(await app.current().locator('#add-error, #add-result').count()).toBe(0)

    await backToFamily(app)
    await app.waitForText('#family-count', '2人')
    await app.screenshot('binding-08-family')

    await switchTo(app, '张雨萱')
    await openBinding(app)
    await app.waitFor('#pending')
    expect(await app.text('#pending')).toContain('张建国 申请与您绑定家庭共济')
    await app.screenshot('binding-09-pending')
    await app.tap('#pending .btn-primary')
    await app.waitFor('#face-check')
    expect(await app.text('#face-check')).toContain('模拟人脸识别')
    await app.screenshot('binding-10-face-check')
    await app.tap('#face-pass')
    await app.waitFor('#member-payers .payer-card')
    expect(await app.text('#member-payers')).toContain('第1顺位')
    expect(await app.text('#member-payers')).toContain('张建国')
    await app.screenshot('binding-11-member-payers')

    await switchTo(app, '张建国')
    await openBinding(app)
    await app.waitForText('#family', '张雨萱')
    const states = await app.current().locator('.member-card .state-badge').allTextContents()
    expect(states).toEqual(['已绑定', '已绑定'])

    await app.reload()
    await app.waitForText('#family-count', '2人')
    expect(await app.current().locator('.member-card .state-badge').allTextContents()).toEqual([
      '已绑定',
      '已绑定',
    ])
    expect(app.errors).toEqual([])
  }, 180_000)

  it('李秀兰 also binds 张浩然; a parent changes his order 张建国 → 李秀兰', async () => {
    const app = await h5.launch()
    await loginAs(app, '张建国')
    await openBinding(app)
    await createFamily(app)
    await addMember(app, '张浩然', '子女')
    expect(await app.text('#add-result-state')).toBe('已绑定')

    await switchTo(app, '李秀兰')
    await openBinding(app)
    await createFamily(app)
    await addMember(app, '张浩然', '子女')
    expect(await app.text('#add-result-state')).toBe('已绑定')
    await app.tap('#back-to-family')
    await app.waitForRoute(BINDING)

    await app.waitForText('#child-1', '张浩然（12岁）的扣款顺序')
    expect(await app.text('#child-1')).toContain('1. 张建国')
    expect(await app.text('#child-1')).toContain('2. 李秀兰')
    await app.tap('#child-1-adjust-order')
    await app.tap('#child-1-up-2')
    await app.screenshot('binding-12-child-order')
    await app.tap('#child-1-save-order')
    await app.waitFor('#child-1-adjust-order')
    expect(await app.text('#child-1')).toContain('1. 李秀兰')

    await app.tap('.member-card')
    await app.waitForRoute('packages/family/member-detail/index')
    await app.waitFor('#set-limit')
    await app.tap('#set-limit')
    await app.fill('#limit-amount', '500')
    await app.screenshot('binding-13-limit-editor')
    await app.tap('#save-limit')
    expect(await app.waitForText('#detail-limit', '¥500.00/年')).toBe('¥500.00/年')
    await app.screenshot('binding-14-member-detail')
    await backToFamily(app)

    await app.reload()
    await app.waitForText('#child-1', '1. 李秀兰')
    expect(await app.text('#child-1')).toContain('2. 张建国')
    expect(await app.text('.member-card')).toContain('限额：¥500.00/年')
    await app.screenshot('binding-15-after-reload')

    await switchTo(app, '张浩然')
    await openBinding(app)
    await app.waitFor('#member-payers .payer-card')
    expect(await app.current().locator('.payer-card__name').allTextContents()).toEqual([
      '李秀兰',
      '张建国',
    ])
    expect(await app.current().locator('#adjust-order').count()).toBe(0)
    expect(app.errors).toEqual([])
  }, 180_000)

  it('刘强 cannot create a family and is told why', async () => {
    const app = await h5.launch()
    await loginAs(app, '刘强')
    await openBinding(app)
    await app.waitFor('#payer-refusal')
    expect(await app.text('#payer-refusal-message')).toBe(
      '您当前参保状态为“暂停参保”，暂不能办理家庭共济。',
    )
    expect(await app.current().locator('#create-family').count()).toBe(0)
    await app.screenshot('binding-16-refused-liuqiang')
    await app.tap('#refusal-faq')
    await app.waitForRoute('packages/family/faq/index')
    await app.screenshot('binding-17-faq')
    expect(app.errors).toEqual([])
  }, 90_000)
})
