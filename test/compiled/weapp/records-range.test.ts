/**
 * @jest-environment jsdom
 */
import { loginAs, PAGES } from '../shared/flows'
import { fireEvent } from '../shared/page-events'
import { launchWeapp } from './harness'

describe('WeChat build: 共济查询 date range through the date picker component', () => {
  it('narrows the rows to the days picked at both ends', async () => {
    const app = await launchWeapp()
    await loginAs(app, '张建国')
    const records = await app.open(PAGES.records)
    await records.waitFor('.record-row')
    await records.tap('#filter-time')
    await records.waitFor('#date-from')
    expect(records.text('#date-from')).toContain('请选择')

    await fireEvent(records, '#date-from', 'change', { value: '2025-03-01' })
    await records.waitForText('#time-range', '2025-03-01 至 今天')
    await fireEvent(records, '#date-to', 'change', { value: '2025-03-31' })
    await records.waitForText('#time-range', '2025-03-01 至 2025-03-31')
    await records.waitForText('.record-row', /2025-03/)
    const rows = records.texts('.record-row')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.includes('2025-03'))).toBe(true)
    expect(records.text('#date-from')).toContain('2025-03-01')
    expect(app.datePickers).toEqual([])
    expect(app.logs).toEqual([])
  })
})
