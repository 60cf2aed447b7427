import { CERT } from './demo'
import type { H5App } from './h5'
import { loginAs } from './h5'

export const PAGES = {
  serviceHall: 'pages/service-hall/index',
  mine: 'pages/mine/index',
  hub: 'packages/family/hub/index',
  binding: 'packages/family/binding/index',
  addMember: 'packages/family/add-member/index',
  memberDetail: 'packages/family/member-detail/index',
  premium: 'packages/family/premium/index',
  result: 'packages/family/premium-result/index',
  changePin: 'packages/family/change-pin/index',
  records: 'packages/family/records/index',
  recordDetail: 'packages/family/record-detail/index',
  faq: 'packages/family/faq/index',
  inbox: 'packages/family/inbox/index',
  wallet: 'packages/family/wallet/index',
  qaTools: 'packages/qa/tools/index',
}

type Visit = (screen: string) => Promise<void>

async function typePin(app: H5App, pin: string): Promise<void> {
  for (const digit of pin) await app.tap(`#pin-key-${digit}`)
}

/**
 * Every page, and every dialog and sheet state, of 张建国's day: from 我要办 logged out to the
 * 代缴 receipt and the records. `visit` runs at each screen (the audit). In 长辈模式 the switch
 * on 我要办 is turned on first, and stays on (it is remembered).
 */
export async function tour(app: H5App, elder: boolean, visit: Visit): Promise<void> {
  await app.goto(PAGES.serviceHall)
  if (elder) {
    await app.tap('#elder-mode')
    await app.waitFor('#elder-tiles')
  }
  await visit('我要办')
  await app.tapTab('我的')
  await app.waitForRoute(PAGES.mine)
  await visit('我的·未登录')
  await app.tap('#switch-persona')
  await app.waitForRoute('packages/qa/personas/index')
  await visit('切换测试身份')
  await app.goto(PAGES.serviceHall)
  await loginAs(app, '张建国')
  await visit('我的')
  await app.tap('#logout')
  await app.page.locator('[aria-modal="true"]').waitFor({ timeout: 10_000 })
  await visit('我的·退出登录确认')
  await app.page.locator('.taro-model__cancel').click({ timeout: 10_000 })
  await app.page.locator('[aria-modal="true"]').waitFor({ state: 'hidden', timeout: 10_000 })
  await app.tap('#entry-inbox')
  await app.waitForRoute(PAGES.inbox)
  await visit('消息')

  await app.goto(PAGES.hub)
  await visit('家庭共济服务')
  await app.tap('#entry-wallet')
  await app.waitForRoute(PAGES.wallet)
  await visit('医保钱包')
  await app.goto(PAGES.hub)
  await app.tap('#entry-binding')
  await app.waitForRoute(PAGES.binding)
  await app.waitFor('#create-family')
  await visit('共济绑定·未建家庭')
  await app.tap('#create-family')
  await app.waitFor('#pledge')
  await app.tap('#confirm-create')
  await app.waitFor('#pledge-required')
  await visit('共济绑定·承诺书')
  await app.tap('#pledge-agree')
  await app.tap('#confirm-create')
  await app.waitFor('#add-member')

  await app.tap('#add-member')
  await app.waitForRoute(PAGES.addMember)
  await app.tap('#submit-binding')
  await app.waitFor('#form-missing')
  await visit('添加成员')
  await app.fill('#member-name', '张浩然')
  await app.fill('#member-certno', '41010520140520017X')
  await app.tap('#relation-child')
  await app.tap('#submit-binding')
  await app.waitFor('#add-result')
  await visit('添加成员·结果')
  await app.tap('#back-to-family')
  await app.waitForRoute(PAGES.binding)
  await app.waitForText('#family', '张浩然')
  await visit('共济绑定·我的家庭')
  await app.tap('.member-card')
  await app.waitForRoute(PAGES.memberDetail)
  await app.tap('#set-limit')
  await app.waitFor('#limit-editor')
  await visit('成员详情·限额')

  await app.goto(PAGES.changePin)
  await app.waitFor('#pin-keypad')
  await visit('修改支付密码')
  await app.tap('#use-face')
  await app.tap('#start-face')
  await app.waitFor('#face-check')
  await visit('人脸识别')
  await app.tap('#face-cancel')
  await app.page.locator('#face-check').waitFor({ state: 'detached' })
  await app.tap('#use-pin')
  await typePin(app, '000000')
  await app.waitForText('#pin-step', '设置新密码')
  await typePin(app, '258147')
  await app.waitForText('#pin-step', '确认新密码')
  await typePin(app, '258147')
  await app.waitFor('#pin-changed')

  await app.goto(PAGES.premium)
  await app.waitFor('#payee-list')
  await app.current().locator('.payee', { hasText: '张浩然' }).click()
  await app.waitFor('#premium-selected')
  await visit('代缴医保')
  await app.tap('#confirm-pay')
  await app.waitFor('#pay-sheet')
  await visit('代缴·支付密码')
  await typePin(app, '111111')
  await app.waitFor('#pin-message')
  await visit('代缴·密码错误')
  await typePin(app, '258147')
  await app.waitForRoute(PAGES.result)
  await app.waitForText('#result-title', '代缴成功')
  await visit('代缴结果')

  await app.tap('#result-records')
  await app.waitForRoute(PAGES.records)
  await app.waitFor('.record-row')
  await visit('共济查询')
  await app.tap('#filter-kind')
  await app.waitFor('#panel-kind')
  await visit('共济查询·筛选')
  await app.tap('#filter-kind')
  await app.tap('#filter-time')
  await app.waitFor('#panel-time')
  await visit('共济查询·时间')
  // H5's date picker is Taro's sheet, with 取消 and 确定 at its top; Enter opens it.
  await app.current().locator('#date-from').focus()
  await app.page.keyboard.press('Enter')
  const sheet = app.page.locator('.weui-picker:visible')
  await sheet.waitFor({ timeout: 10_000 })
  await visit('共济查询·选择日期')
  await sheet.locator('.weui-picker__action').first().click({ timeout: 10_000 })
  await sheet.waitFor({ state: 'hidden', timeout: 10_000 })
  await app.tap('#filter-time')
  await app.tap('#chart-toggle')
  await app.waitFor('#mulaid-chart, #chart-empty')
  await visit('共济查询·共济图表')
  await app.tap('.record-row')
  await app.waitForRoute(PAGES.recordDetail)
  await visit('记录详情')

  await memberSide(app, visit)

  await app.goto(PAGES.faq)
  await visit('常见问题')
  await app.goto(PAGES.qaTools)
  await visit('测试工具')
  await outsideCollection(app, visit)
}

/** 张建国 asks his wife 李秀兰; on her side the request waits under 待我确认, and 拒绝 asks first. */
async function memberSide(app: H5App, visit: Visit): Promise<void> {
  await app.goto(PAGES.addMember)
  await app.waitFor('#member-name')
  await app.fill('#member-name', '李秀兰')
  await app.fill('#member-certno', CERT.李秀兰)
  await app.tap('#relation-spouse')
  await app.tap('#submit-binding')
  await app.waitFor('#add-result')
  await app.goto(PAGES.serviceHall)
  await loginAs(app, '李秀兰')
  await app.goto(PAGES.binding)
  await app.waitFor('#pending')
  await visit('共济绑定·待我确认')
  await app.current().locator('#pending [id^="decline-"]').first().click({ timeout: 10_000 })
  await app.page.locator('[aria-modal="true"]').waitFor({ timeout: 10_000 })
  await visit('共济绑定·拒绝确认')
  await app.page.locator('.taro-model__cancel').click({ timeout: 10_000 })
  await app.page.locator('[aria-modal="true"]').waitFor({ state: 'hidden', timeout: 10_000 })
  await app.goto(PAGES.serviceHall)
  await loginAs(app, '张建国')
}

/** With the backend clock after the collection period, 代缴医保 says when the next one opens. */
async function outsideCollection(app: H5App, visit: Visit): Promise<void> {
  await app.waitFor('#clock-date input')
  await app.fill('#clock-date', '2027-01-15')
  await app.fill('#clock-time', '10:00')
  await app.tap('#clock-set')
  await app.waitForText('#clock-now', '2027-01-15 10:00')
  await app.goto(PAGES.premium)
  await app.waitFor('#premium-closed')
  await visit('代缴医保·征缴期外')
}
