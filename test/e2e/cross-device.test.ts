import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createMockServer, type MockServer } from '../../server/http-server'
import { SqliteStore } from '../../server/sqlite-store'
import { type Backend, createBackend } from '../../src/backend'
import { CERT, DEMO_NOW } from '../support/public/demo'
import { type H5App, loginAs, setupH5 } from './harness'

/**
 * Two phones, one mock server: the HTTP H5 build (dist/h5-http, `npm run build:variants`) in two
 * browser contexts against an in-process mock server over a temporary SQLite file.
 */
jest.setTimeout(120_000)

/** dist/h5-http was built against this port (package.json build:variants). */
const API_PORT = 18787
const API = `http://127.0.0.1:${API_PORT}/api`
const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试。'

const PAGES = {
  serviceHall: 'pages/service-hall/index',
  hub: 'packages/family/hub/index',
  binding: 'packages/family/binding/index',
  addMember: 'packages/family/add-member/index',
  memberDetail: 'packages/family/member-detail/index',
  premium: 'packages/family/premium/index',
  result: 'packages/family/premium-result/index',
  records: 'packages/family/records/index',
}

const h5 = setupH5('h5-http')

let dir = ''
let store: SqliteStore
let backend: Backend
let server: MockServer | null = null
/** The mock server's request log: time, status, infno, name, msgid, outcome, ms. */
const requestLog: string[] = []

async function startServer(): Promise<void> {
  const next = createMockServer({
    backend,
    port: API_PORT,
    allowedOrigins: [h5.origin()],
    log: (line) => requestLog.push(line),
  })
  try {
    await next.start()
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(
        `port ${API_PORT} is busy: dist/h5-http talks to ${API}, so these tests need that port ` +
          'free (another test run or mock server holds it)',
      )
    }
    throw error
  }
  server = next
}

async function stopServer(): Promise<void> {
  await server?.stop()
  server = null
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yb-cross-device-'))
  store = new SqliteStore(path.join(dir, 'mock.sqlite'))
  backend = createBackend({ clock: () => DEMO_NOW, store, qa: true })
  await startServer()
})

afterAll(async () => {
  await stopServer()
  store?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function openBinding(app: H5App): Promise<void> {
  await app.goto(PAGES.serviceHall)
  await app.tap('#entry-family')
  await app.waitForRoute(PAGES.hub)
  await app.tap('#entry-binding')
  await app.waitForRoute(PAGES.binding)
}

async function createFamily(app: H5App): Promise<void> {
  await app.tap('#create-family')
  await app.tap('#pledge-agree')
  await app.tap('#confirm-create')
  await app.waitFor('#add-member')
}

/** 添加成员 as a 子女 → the result → back on 共济绑定; returns the state the result shows. */
async function addChild(app: H5App, name: keyof typeof CERT): Promise<string> {
  await app.tap('#add-member')
  await app.waitForRoute(PAGES.addMember)
  await app.fill('#member-name', name)
  await app.fill('#member-certno', CERT[name])
  await app.tap('#relation-child')
  await app.tap('#submit-binding')
  await app.waitFor('#add-result')
  const state = await app.text('#add-result-state')
  await app.tap('#back-to-family')
  await app.waitForRoute(PAGES.binding)
  return state
}

async function memberStates(app: H5App): Promise<string[]> {
  return app.current().locator('.member-card .state-badge').allTextContents()
}

/** The app's errors, less Chromium's report of each request the test cut or refused. */
function pageErrors(app: H5App): string[] {
  return app.errors.filter((error) => !error.startsWith('Failed to load resource: net::'))
}

function loggedLines(infno: string): string[] {
  return requestLog.filter((line) => line.split(/\s+/).includes(infno))
}

describe('H5 over HTTP: two devices, one mock server', () => {
  it('张建国 adds 张雨萱 on one phone, she confirms on hers, his list shows 已绑定', async () => {
    const jianguo = await h5.launch()
    await loginAs(jianguo, '张建国')
    await openBinding(jianguo)
    await createFamily(jianguo)
    expect(await addChild(jianguo, '张雨萱')).toBe('待确认')
    await jianguo.waitForText('#family', '张雨萱')
    expect(await memberStates(jianguo)).toEqual(['待确认'])
    await jianguo.screenshot('cross-device-01-jianguo-pending')

    const yuxuan = await h5.launch()
    await loginAs(yuxuan, '张雨萱')
    await openBinding(yuxuan)
    await yuxuan.waitFor('#pending')
    expect(await yuxuan.text('#pending')).toContain('张建国 申请与您绑定家庭共济')
    await yuxuan.tap('#pending [id^="confirm-"]')
    await yuxuan.waitFor('#face-check')
    await yuxuan.screenshot('cross-device-02-yuxuan-face-check')
    await yuxuan.tap('#face-pass')
    await yuxuan.waitFor('#member-payers .payer-card')
    expect(await yuxuan.text('#member-payers')).toContain('张建国')
    await yuxuan.screenshot('cross-device-03-yuxuan-confirmed')

    // His phone learns of it when 共济绑定 shows again: back from the member's detail page.
    await jianguo.tap('.member-card')
    await jianguo.waitForRoute(PAGES.memberDetail)
    await jianguo.page.goBack()
    await jianguo.waitForRoute(PAGES.binding)
    await jianguo.current().locator('.member-card .state-badge', { hasText: '已绑定' }).waitFor()
    expect(await memberStates(jianguo)).toEqual(['已绑定'])
    await jianguo.screenshot('cross-device-04-jianguo-bound')

    await jianguo.reload()
    await jianguo.waitForText('#family', '张雨萱')
    expect(await memberStates(jianguo)).toEqual(['已绑定'])
    expect(jianguo.errors).toEqual([])
    expect(yuxuan.errors).toEqual([])
  })

  it('a payment whose answer is lost is retried under its msgid and charged once', async () => {
    const app = await h5.launch()
    await loginAs(app, '李秀兰')
    await openBinding(app)
    await createFamily(app)
    expect(await addChild(app, '张浩然')).toBe('已绑定')

    // The first 5311 reaches the server, which charges; its answer never reaches the phone.
    const sent: { msgid: string }[] = []
    let lose = 1
    await app.page.route(API, async (route) => {
      const request = route.request()
      const body = request.method() === 'POST' ? (request.postDataJSON() as { infno?: string }) : {}
      if (body.infno !== '5311') return route.continue()
      sent.push(body as { msgid: string })
      if (lose === 0) return route.continue()
      lose -= 1
      await route.fetch()
      return route.abort('connectionreset')
    })

    await app.goto(PAGES.hub)
    await app.tap('#entry-premium')
    await app.waitForRoute(PAGES.premium)
    expect(await app.waitForText('#premium-balance', '¥8,210.00')).toBe('¥8,210.00')
    await app.current().locator('.payee', { hasText: '张浩然' }).click()
    await app.tap('#confirm-pay')
    await app.waitFor('#pay-sheet')
    for (const digit of '258369') await app.tap(`#pin-key-${digit}`)

    await app.waitForRoute(PAGES.result)
    expect(await app.waitForText('#result-title', '代缴成功')).toBe('代缴成功')
    expect(await app.text('#receipt-amount')).toBe('¥400.00')
    await app.screenshot('cross-device-05-paid-after-lost-answer')
    expect(sent).toHaveLength(2)
    expect(sent[1].msgid).toBe(sent[0].msgid)
    const payLines = loggedLines('5311')
    expect(payLines).toHaveLength(2)
    expect(payLines.every((line) => line.includes(sent[0].msgid))).toBe(true)

    await app.tap('#result-records')
    await app.waitForRoute(PAGES.records)
    expect(await app.waitForText('#balance-value', '¥7,810.00')).toBe('¥7,810.00')
    const rows = app.current().locator('.record-row')
    await rows.first().filter({ hasText: '代缴 · 张浩然' }).waitFor()
    expect(await rows.filter({ hasText: '代缴' }).count()).toBe(1)
    await app.screenshot('cross-device-06-records-charged-once')
    expect(pageErrors(app)).toEqual([])
  })

  it('with the server stopped the page says 网络连接失败 and 重试 works once it is back', async () => {
    const app = await h5.launch()
    await loginAs(app, '张建国')
    await app.goto(PAGES.hub)

    await stopServer()
    await app.tap('#entry-premium')
    await app.waitForRoute(PAGES.premium)
    expect(await app.waitForText('#page-error', NETWORK_MESSAGE)).toBe(`${NETWORK_MESSAGE}重试`)
    await app.screenshot('cross-device-07-network-failure')

    await startServer()
    await app.tap('#page-error-retry')
    await app.waitFor('#payee-list')
    expect(await app.text('#premium-balance')).toBe('¥3,526.40')
    await app.screenshot('cross-device-08-after-retry')
    expect(pageErrors(app)).toEqual([])
  })
})
