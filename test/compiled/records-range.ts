import { loginAs, PAGES } from './shared/flows'
import type { MiniApp, MiniPage } from './shared/mini-app'

/** 张建国's 共济查询 with the time panel open and no date picked yet. */
export async function openDateRange(app: MiniApp): Promise<MiniPage> {
  await loginAs(app, '张建国')
  const records = await app.open(PAGES.records)
  await records.waitFor('.record-row')
  await records.tap('#filter-time')
  await records.waitFor('#date-from')
  expect(records.text('#date-from')).toContain('请选择')
  return records
}

/** The list shows 2025-03-01 至 2025-03-31 and only rows of that month. */
export async function expectMarch2025(records: MiniPage): Promise<void> {
  await records.waitForText('#time-range', '2025-03-01 至 2025-03-31')
  await records.waitForText('.record-row', /2025-03/)
  const rows = records.texts('.record-row')
  expect(rows.length).toBeGreaterThan(0)
  expect(rows.every((row) => row.includes('2025-03'))).toBe(true)
}
