import { makeAutoObservable, runInAction } from 'mobx'

import type { LedgerRowView, RecordsQueryInput } from '../domain/api'
import type { Fen } from '../domain/money'
import { shanghaiDate } from '../domain/shanghai-time'
import type { RecordsService } from '../services/records-service'
import { monthsBefore } from './record-filters'
import { Task } from './task'

export const CHART_MONTHS = 6
const PAGE = 50
/** A family's 共济支出 over half a year is a few dozen rows; this only stops a runaway loop. */
const MAX_PAGES = 40

export interface ChartSeries {
  key: string
  name: string
  /** Net 共济支出 per month (refunds taken off), oldest month first. */
  values: Fen[]
  total: Fen
}

export interface MulaidChart {
  /** 'YYYY-MM', oldest first, the current month last. */
  months: string[]
  series: ChartSeries[]
  monthTotals: Fen[]
  max: Fen
}

/** The last `count` calendar months up to the one `today` is in. */
export function lastMonths(today: string, count: number): string[] {
  const firstOfMonth = `${today.slice(0, 7)}-01`
  return Array.from({ length: count }, (_, i) =>
    monthsBefore(firstOfMonth, count - 1 - i).slice(0, 7),
  )
}

/**
 * Sums what the account paid for each member per month: a 共济支出 adds, the 退费 of a member's
 * settlement (it names the member) takes it off again in the month the money came back.
 */
export function monthlyMulaid(rows: readonly LedgerRowView[], months: string[]): MulaidChart {
  const byMember = new Map<string, ChartSeries>()
  for (const row of rows) {
    if (!row.member || (row.kind !== '共济支出' && row.kind !== '退费')) continue
    const monthIndex = months.indexOf(row.time.slice(0, 7))
    if (monthIndex < 0) continue
    // Signed entries of the account: a payment out is negative, money coming back positive.
    const signed = -row.amount
    const key = `${row.member.psn_name} ${row.member.certno}`
    let series = byMember.get(key)
    if (!series) {
      series = { key, name: row.member.psn_name, values: months.map(() => 0), total: 0 }
      byMember.set(key, series)
    }
    series.values[monthIndex] += signed
    series.total += signed
  }
  const series = [...byMember.values()].sort((a, b) => b.total - a.total)
  const monthTotals = months.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0))
  return { months, series, monthTotals, max: Math.max(0, ...monthTotals) }
}

/** The 共济支出 chart of a 共济人: the last six months of their account, per member. */
export class MulaidChartStore {
  chart: MulaidChart | null = null
  readonly loadTask: Task<[], LedgerRowView[]>

  constructor(
    private readonly service: RecordsService,
    private readonly clock: () => number,
  ) {
    this.loadTask = new Task(() => this.fetchAll())
    makeAutoObservable<MulaidChartStore, 'service' | 'clock' | 'fetchAll'>(this, {
      service: false,
      clock: false,
      loadTask: false,
      fetchAll: false,
    })
  }

  clear(): void {
    this.chart = null
  }

  async load(): Promise<void> {
    const months = lastMonths(shanghaiDate(this.clock()), CHART_MONTHS)
    const rows = await this.loadTask.run()
    if (!rows) return
    runInAction(() => {
      this.chart = monthlyMulaid(rows, months)
    })
  }

  private async fetchAll(): Promise<LedgerRowView[]> {
    const months = lastMonths(shanghaiDate(this.clock()), CHART_MONTHS)
    const query: RecordsQueryInput = { from: `${months[0]}-01`, kinds: ['共济支出', '退费'] }
    const rows: LedgerRowView[] = []
    let cursor: string | null = null
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await this.service.changes({
        ...query,
        limit: PAGE,
        ...(cursor ? { cursor } : {}),
      })
      rows.push(...answer.rows)
      cursor = answer.next_cursor
      if (cursor === null) break
    }
    return rows
  }
}
