import { makeAutoObservable } from 'mobx'

import type { LedgerKind, RecordsQueryInput } from '../domain/api'
import { isRealDate, shanghaiDate } from '../domain/shanghai-time'

export type RecordsTab = 'changes' | 'consumption'

/**
 * The kinds each tab can list (5313 every entry of the account; 5314 spending only). A member's
 * purchase paid by a 共济人 moves no money into the member's account, so no entry is ever
 * 共济收入 and offering it as a filter would always find nothing.
 */
export const TAB_KINDS: Record<RecordsTab, readonly LedgerKind[]> = {
  changes: [
    '划入',
    '本人消费',
    '共济支出',
    '代缴',
    '退费',
    '转出至医保钱包',
    '医保钱包退回',
    '医保钱包转入',
    '医保钱包支付',
  ],
  consumption: ['本人消费', '共济支出'],
}

export type TimePreset = 'all' | '1m' | '3m' | '1y' | 'custom'

export const TIME_PRESETS: readonly { preset: Exclude<TimePreset, 'custom'>; label: string }[] = [
  { preset: 'all', label: '全部时间' },
  { preset: '1m', label: '近1个月' },
  { preset: '3m', label: '近3个月' },
  { preset: '1y', label: '近1年' },
]

const PRESET_MONTHS: Record<'1m' | '3m' | '1y', number> = { '1m': 1, '3m': 3, '1y': 12 }

/** 'YYYY-MM-DD' n calendar months earlier, the day clamped to the shorter month (03-31 → 02-28). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const index = y * 12 + (m - 1) - months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  let day = d
  while (!isRealDate(year, month, day)) day -= 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * What the citizen chose to see (UI state). The rows themselves live in the listings; a change
 * here only produces a new query, and the store reloads the listing for it.
 */
export class RecordFilters {
  preset: TimePreset = 'all'
  from: string | null = null
  to: string | null = null
  kind: Record<RecordsTab, LedgerKind | null> = { changes: null, consumption: null }
  bindingId: string | null = null

  constructor(private readonly clock: () => number) {
    makeAutoObservable<RecordFilters, 'clock'>(this, { clock: false })
  }

  reset(): void {
    this.preset = 'all'
    this.from = null
    this.to = null
    this.kind = { changes: null, consumption: null }
    this.bindingId = null
  }

  setPreset(preset: Exclude<TimePreset, 'custom'>): void {
    this.preset = preset
    if (preset === 'all') {
      this.from = null
      this.to = null
      return
    }
    const today = shanghaiDate(this.clock())
    this.from = monthsBefore(today, PRESET_MONTHS[preset])
    this.to = today
  }

  /** A picked start or end date; a range picked backwards is turned the right way round. */
  setDate(edge: 'from' | 'to', date: string): void {
    this.preset = 'custom'
    this[edge] = date
    if (this.from !== null && this.to !== null && this.from > this.to) {
      const from = this.to
      this.to = this.from
      this.from = from
    }
  }

  setKind(tab: RecordsTab, kind: LedgerKind | null): void {
    this.kind = { ...this.kind, [tab]: kind }
  }

  setBinding(bindingId: string | null): void {
    this.bindingId = bindingId
  }

  query(tab: RecordsTab): RecordsQueryInput {
    const query: RecordsQueryInput = {}
    if (this.from !== null) query.from = this.from
    if (this.to !== null) query.to = this.to
    const kind = this.kind[tab]
    if (kind !== null) query.kinds = [kind]
    if (this.bindingId !== null) query.binding_id = this.bindingId
    return query
  }

  get timeLabel(): string {
    if (this.preset !== 'custom') {
      return TIME_PRESETS.find((p) => p.preset === this.preset)?.label ?? ''
    }
    return `${this.from ?? '最早'} 至 ${this.to ?? '今天'}`
  }
}
