/**
 * @jest-environment jsdom
 */
import { expectMarch2025, openDateRange } from '../records-range'
import { fireEvent } from '../shared/page-events'
import { launchWeapp } from './harness'

describe('WeChat build: 共济查询 date range through the date picker component', () => {
  it('narrows the rows to the days picked at both ends', async () => {
    const app = await launchWeapp()
    const records = await openDateRange(app)
    await fireEvent(records, '#date-from', 'change', { value: '2025-03-01' })
    await records.waitForText('#time-range', '2025-03-01 至 今天')
    await fireEvent(records, '#date-to', 'change', { value: '2025-03-31' })
    await expectMarch2025(records)
    expect(records.text('#date-from')).toContain('2025-03-01')
    expect(app.datePickers).toEqual([])
    expect(app.logs).toEqual([])
  })
})
