import { loginAs, PAGES } from '../shared/flows'
import { pollUntil } from '../shared/poll'
import { launchAlipay } from './harness'

const QA_TOOLS = 'packages/qa/tools/index'

/**
 * Alipay's my.setStorageSync reports a full storage by returning { success: false } instead of
 * throwing; the app must still fail the whole request and leave nothing half-written.
 */
describe('Alipay build with a full storage', () => {
  it('refuses 模拟就医结算 with the storage-full message and keeps the balance', async () => {
    const app = await launchAlipay()
    await loginAs(app, '张建国')
    const before = app.storage.keys().map((key) => [key, app.storage.get(key)])
    app.storage.leaveFree(300)

    const tools = await app.open(QA_TOOLS)
    await tools.waitFor('#settle-patient')
    await tools.tap('#settle-patient-persona-3')
    await tools.input('#settle-amount', '25')
    await tools.tap('#settle-submit')
    const told = () =>
      [tools.text(), ...app.toasts.map((t) => t.title), ...app.modals.map((m) => m.content)].some(
        (text) => text.includes('本机存储空间不足'),
      )
    await pollUntil(
      () => (told() ? true : undefined),
      () => `the storage-full message (page: ${tools.text().slice(0, 200)})`,
    )
    expect(tools.exists('#split-card')).toBe(false)
    expect(app.storage.keys().map((key) => [key, app.storage.get(key)])).toEqual(before)

    const again = await app.relaunch()
    const records = await again.open(PAGES.records)
    await records.waitForText('#balance-value', '¥3,526.40')
  })
})

describe('Alipay build: 生成大量记录 on a phone with little storage left', () => {
  it('refuses rows that would not fit the reported free space, writing nothing', async () => {
    const app = await launchAlipay()
    await loginAs(app, '张建国')
    const records = await app.open(PAGES.records)
    await records.waitForText('#balance-value', '¥3,526.40')
    app.storage.leaveFree(1024 * 1024)
    const before = app.storage.keys().map((key) => [key, app.storage.get(key)])

    const tools = await app.open(QA_TOOLS)
    await tools.waitFor('#generate-person')
    await tools.tap('#generate-person-persona-1')
    await tools.input('#generate-count', '100000')
    await tools.tap('#generate-submit')
    await tools.waitForText('#generate-error', '本机存储空间不足')
    expect(tools.exists('#generate-result')).toBe(false)
    expect(app.storage.quotaRefusals).toBe(0)
    expect(app.storage.keys().map((key) => [key, app.storage.get(key)])).toEqual(before)

    await tools.input('#generate-count', '2000')
    await tools.tap('#generate-submit')
    await tools.waitForText('#generate-result', '已为张建国生成 2,000 条记录')
    expect(app.storage.quotaRefusals).toBe(0)
  }, 120_000)
})
