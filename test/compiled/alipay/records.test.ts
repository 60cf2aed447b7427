import { expectMarch2025, openDateRange } from '../records-range'
import { loginAs, PAGES } from '../shared/flows'
import { launchAlipay } from './harness'

const RECORD_DETAIL = 'packages/family/record-detail/index'
const QA_TOOLS = 'packages/qa/tools/index'

describe('Alipay build: 共济查询 and 测试工具', () => {
  it('renders 账户变动 rows newest first, 消费记录 on its tab, and a row’s detail', async () => {
    const app = await launchAlipay()
    await loginAs(app, '张建国')
    const records = await app.open(PAGES.records)
    await records.waitFor('.record-row')
    const rows = records.texts('.record-row')
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThanOrEqual(30)
    expect(rows[0]).toContain('划入')
    expect(rows[0]).toContain('+¥152.30')
    expect(rows[0]).toContain('余额 ¥3,526.40')

    await records.tap('#tab-consumption')
    await records.waitForText('.record-row', /个人账户 ¥/)

    await records.tap('.record-row')
    expect(app.lastNavigation()).toMatchObject({ kind: 'navigateTo', path: RECORD_DETAIL })
    const detail = await app.follow()
    await detail.waitFor('#split-card')
    expect(detail.text('#split-patient')).toBe('就医人：张建国')
    expect(app.logs).toEqual([])
  })

  it('filters by type', async () => {
    const app = await launchAlipay()
    await loginAs(app, '张建国')
    const records = await app.open(PAGES.records)
    await records.waitFor('.record-row')
    await records.tap('#filter-kind')
    await records.waitFor('#kind-own')
    await records.tap('#kind-own')
    await records.waitForText('#filter-kind', '本人消费')
    await records.waitFor('.record-row')
    expect(records.texts('.record-row').every((row) => row.includes('本人消费'))).toBe(true)
  })

  it('runs 模拟就医结算 from 测试工具 and shows the split', async () => {
    const app = await launchAlipay()
    await loginAs(app, '张建国')
    const tools = await app.open(QA_TOOLS)
    await tools.waitFor('#settle-patient')
    // 张伟 (persona 3) has a personal account: it pays for his own purchase.
    await tools.tap('#settle-patient-persona-3')
    // Input's events sit on its focus/blur template variants; fire straight at Taro's handler.
    await tools.input('#settle-amount', '25')
    await tools.tap('#settle-submit')
    await tools.waitFor('#split-card')
    expect(tools.text('#split-own')).toContain('¥25.00')
    expect(tools.text('#split-total')).toContain('¥25.00')
  })
})

describe('Alipay build: 共济查询 date range through my.datePicker', () => {
  it('picks both ends with the system date picker; a cancelled pick changes nothing', async () => {
    const app = await launchAlipay()
    const records = await openDateRange(app)
    app.datesToPick.push('2025-03-01')
    await records.tap('#date-from')
    await records.waitForText('#time-range', '2025-03-01 至 今天')
    app.datesToPick.push('2025-03-31')
    await records.tap('#date-to')
    await expectMarch2025(records)

    const [from, to] = app.datePickers
    expect(from.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(from).toMatchObject({ startDate: '2000-01-01', currentDate: from.endDate })
    expect(to).toMatchObject({ currentDate: from.endDate, endDate: from.endDate })

    await records.tap('#date-from')
    await records.waitForText('#date-from', '2025-03-01')
    expect(app.datePickers[2]).toMatchObject({ currentDate: '2025-03-01', chosen: null })
    expect(records.text('#time-range')).toBe('2025-03-01 至 2025-03-31')
    expect(app.logs).toEqual([])
  })
})
