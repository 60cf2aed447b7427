/**
 * @jest-environment jsdom
 */
import { describeSetDataBench, measureRecordsPagingSetData } from '../../../scripts/bench-setdata'
import { launchWeapp } from './harness'

/** WeChat's own advice: keep one setData well under 256 KB; a list page should need far less. */
const SMALL_SETDATA_BYTES = 32 * 1024

describe('WeChat build: 共济查询 pages through 10,000 records', () => {
  jest.setTimeout(300_000)

  it('loads every row, draws only those near the screen, and keeps each setData small', async () => {
    const result = await measureRecordsPagingSetData(() => launchWeapp(), 10_000)
    console.log(describeSetDataBench(result))
    // 张建国's 30 seeded entries and the 10,000 generated ones, each exactly once.
    expect(result.rowsLoaded).toBe(10_030)
    expect(result.mostRowViews).toBeLessThanOrEqual(30)
    expect(result.largestPagingBytes).toBeGreaterThan(0)
    expect(result.largestPagingBytes).toBeLessThan(SMALL_SETDATA_BYTES)
  })
})
