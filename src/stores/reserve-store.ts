import { makeAutoObservable } from 'mobx'

import type { ReserveMode, ReserveView } from '../domain/api'
import { formatYuanPlain, parseYuan } from '../domain/money'
import { MAX_RESERVE_PERCENT, MIN_RESERVE_PERCENT, reserveSentence } from '../domain/reserve'
import type { FamilyService } from '../services/family-service'
import type { FamilyStore } from './family-store'
import { Task } from './task'

export const RESERVE_MODE_LABELS: Record<ReserveMode, string> = {
  none: '不自留',
  amount: '固定金额',
  percent: '按比例',
}

/** R1: the 自留金额 form on 共济绑定; what is typed stays here, the page only shows it. */
export class ReserveStore {
  mode: ReserveMode = 'none'
  amountText = ''
  percentText = ''
  tried = false

  readonly saveTask = new Task((mode: ReserveMode, value: number) =>
    this.service.setReserve({ mode, value }),
  )

  constructor(
    private readonly service: FamilyService,
    private readonly family: FamilyStore,
  ) {
    makeAutoObservable<ReserveStore, 'service' | 'family'>(this, {
      service: false,
      family: false,
      saveTask: false,
    })
  }

  /** The rule as saved, from 5301. */
  get saved(): ReserveView | null {
    return this.family.family?.reserve ?? null
  }

  /** Starts the form from the saved rule. */
  open(): void {
    const saved = this.saved
    this.mode = saved?.mode ?? 'none'
    this.amountText = saved?.mode === 'amount' ? formatYuanPlain(saved.value).replace(/,/g, '') : ''
    this.percentText = saved?.mode === 'percent' ? String(saved.value) : ''
    this.tried = false
    this.saveTask.clearError()
  }

  choose(mode: ReserveMode): void {
    this.mode = mode
  }

  setAmountText(text: string): void {
    this.amountText = text
  }

  setPercentText(text: string): void {
    this.percentText = text
  }

  /** The value to send, or null while what is typed is not a valid amount or percentage. */
  get value(): number | null {
    if (this.mode === 'none') return 0
    if (this.mode === 'amount') return parseYuan(this.amountText)
    const percent = /^\d{1,2}$/.test(this.percentText.trim()) ? Number(this.percentText) : NaN
    return percent >= MIN_RESERVE_PERCENT && percent <= MAX_RESERVE_PERCENT ? percent : null
  }

  get problem(): string | null {
    if (!this.tried || this.value !== null) return null
    return this.mode === 'amount'
      ? '请输入正确的金额，例如 3000 或 3000.00'
      : `请输入${MIN_RESERVE_PERCENT}至${MAX_RESERVE_PERCENT}之间的整数`
  }

  /** What members can no longer use under the choice being made, before it is saved. */
  get preview(): string {
    const value = this.value
    if (this.mode === 'none') return reserveSentence({ mode: 'none' })
    if (value === null) return ''
    return reserveSentence(
      this.mode === 'amount' ? { mode: 'amount', value } : { mode: 'percent', value },
    )
  }

  /** 5316, then the family view again (its 可用额度 changed). */
  async save(): Promise<boolean> {
    this.tried = true
    const value = this.value
    if (value === null) return false
    const output = await this.saveTask.run(this.mode, value)
    if (!output) return false
    await this.family.load()
    return true
  }
}
