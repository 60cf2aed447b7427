import { screen } from '@testing-library/react'

import RecordsPage from '../../src/packages/family/records/index'
import { CERT, DEMO_NOW } from '../support/public/demo'
import { confirm, familyOf } from '../support/scenes'
import { el, shows, tap } from '../support/screen'
import { createTestApp, type TestApp } from '../support/test-app'

function text(selector: string): string {
  return el(selector).textContent ?? ''
}

async function buy(app: TestApp, patient: '张浩然' | '王桂芝', amount: number) {
  return app.as('张建国', '2207', {
    patient_certno: CERT[patient],
    credential_certno: CERT[patient],
    inst_type: '零售药店',
    category: '药品',
    amount,
  })
}

describe('共济支出 chart', () => {
  beforeEach(() => {
    // The chart's six months end with the demo's month, whatever day the tests run.
    jest.spyOn(Date, 'now').mockReturnValue(DEMO_NOW)
  })
  afterEach(() => jest.restoreAllMocks())

  it('shows a 共济人 the last six months per member, refunds taken off', async () => {
    const app = createTestApp()
    const [, motherBinding] = await familyOf(app.scene, '张建国', [
      ['张浩然', '子女'],
      ['王桂芝', '母亲'],
    ])
    await confirm(app.scene, '王桂芝', motherBinding)
    await app.as('张建国', '9103', { time: '2026-09-15T10:00:00+08:00' })
    await buy(app, '王桂芝', 8000)
    await app.as('张建国', '9103', { time: '2026-11-23T14:05:00+08:00' })
    const settlement = await buy(app, '张浩然', 30000)
    await app.as('张建国', '2208', { setl_id: settlement.setl_id, amount: 10000 })
    // Seven months back is outside the chart.
    await app.as('张建国', '9103', { time: '2026-04-10T10:00:00+08:00' })
    await buy(app, '张浩然', 99900)
    await app.as('张建国', '9103', { time: null })

    await app.loginAs('张建国')
    app.render(<RecordsPage />)
    await shows('#chart-toggle')
    tap('#chart-toggle')
    await shows('#mulaid-chart')
    const months = Array.from(document.querySelectorAll('[id^=chart-month-]')).map((n) => n.id)
    expect(months).toEqual([
      'chart-month-2026-06',
      'chart-month-2026-07',
      'chart-month-2026-08',
      'chart-month-2026-09',
      'chart-month-2026-10',
      'chart-month-2026-11',
    ])
    expect(text('#chart-month-2026-11')).toContain('200元')
    expect(text('#chart-month-2026-11')).toContain('11月')
    expect(text('#chart-month-2026-09')).toContain('80元')
    expect(text('#chart-month-2026-08')).toBe('8月')
    expect(text('#chart-member-0')).toBe('张浩然¥200.00')
    expect(text('#chart-member-1')).toBe('王桂芝¥80.00')
    // The tallest month fills its bar; the other is in proportion.
    const bars = (month: string) =>
      Array.from(el(`#chart-month-${month}`).querySelectorAll<HTMLElement>('.mulaid-chart__seg'))
    expect(bars('2026-11').map((b) => b.style.height)).toEqual(['100%'])
    expect(bars('2026-09').map((b) => b.style.height)).toEqual(['40%'])
    tap('#chart-toggle')
    expect(document.querySelector('#mulaid-chart')).toBeNull()
  })

  it('says so when nothing was paid for the family in six months', async () => {
    const app = createTestApp()
    await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    await app.loginAs('张建国')
    app.render(<RecordsPage />)
    await shows('#chart-toggle')
    tap('#chart-toggle')
    await shows('#chart-empty')
    expect(screen.getByText('近6个月您的账户没有为家人支付过费用。')).toBeTruthy()
  })

  it('is not offered to someone who shares with nobody', async () => {
    const app = createTestApp()
    await app.loginAs('张伟')
    app.render(<RecordsPage />)
    await shows('.record-row')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(document.querySelector('#chart-toggle')).toBeNull()
  })
})
