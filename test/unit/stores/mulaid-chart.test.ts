import type { LedgerRowView } from '../../../src/domain/api'
import { lastMonths, monthlyMulaid } from '../../../src/stores/mulaid-chart-store'

function row(
  time: string,
  kind: LedgerRowView['kind'],
  amount: number,
  name?: string,
): LedgerRowView {
  return {
    id: `${time}${kind}`,
    time,
    kind,
    amount,
    balc_after: 0,
    summary: '',
    ...(name
      ? { member: { psn_name: name, certno: `4101**********${name.length}`, age: 12 } }
      : {}),
  }
}

describe('共济支出 per member per month', () => {
  it('takes the six months up to today, across a year end', () => {
    expect(lastMonths('2026-02-14', 6)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ])
  })

  it('adds 共济支出, takes refunds off, ignores own entries and other months', () => {
    const months = lastMonths('2026-11-23', 6)
    const chart = monthlyMulaid(
      [
        row('2026-11-20T10:00:00+08:00', '退费', 5000, '张浩然'),
        row('2026-11-02T10:00:00+08:00', '共济支出', -30000, '张浩然'),
        row('2026-09-02T10:00:00+08:00', '共济支出', -8000, '王桂芝'),
        row('2026-09-01T10:00:00+08:00', '本人消费', -1000),
        row('2026-08-01T10:00:00+08:00', '代缴', -40000, '张浩然'),
        row('2026-04-30T10:00:00+08:00', '共济支出', -99900, '张浩然'),
      ],
      months,
    )
    expect(chart.series.map((s) => [s.name, s.total, s.values])).toEqual([
      ['张浩然', 25000, [0, 0, 0, 0, 0, 25000]],
      ['王桂芝', 8000, [0, 0, 0, 8000, 0, 0]],
    ])
    expect(chart.monthTotals).toEqual([0, 0, 0, 8000, 0, 25000])
    expect(chart.max).toBe(25000)
  })
})
