import { makeAutoObservable, runInAction } from 'mobx'

import type { ConsumptionRowView, LedgerKind, LedgerRowView } from '../domain/api'
import type { FamilyService } from '../services/family-service'
import type { RecordsService } from '../services/records-service'
import { MulaidChartStore } from './mulaid-chart-store'
import { RecordDetailStore } from './record-detail-store'
import { RecordFilters, type RecordsTab, type TimePreset } from './record-filters'
import { RecordListing } from './record-listing'
import { Task } from './task'

/** One person the 成员 filter can pick: a member of one's family, or one of one's 共济人. */
export interface MemberOption {
  bindingId: string
  name: string
  /** 配偶 / 子女 … for one's members; 共济人 for those who pay for oneself. */
  role: string
}

interface MemberSources {
  family: Awaited<ReturnType<FamilyService['family']>>
  payers: Awaited<ReturnType<FamilyService['payers']>>
}

/** Bindings that never moved money (declined, expired, still pending) are no use as a filter. */
function memberOptions({ family, payers }: MemberSources): MemberOption[] {
  const options: MemberOption[] = []
  for (const binding of family.family?.bindings ?? []) {
    if (binding.state !== 'active' && binding.state !== 'ended') continue
    options.push({
      bindingId: binding.binding_id,
      name: binding.member.psn_name,
      role: binding.relation,
    })
  }
  for (const entry of payers.payers) {
    options.push({
      bindingId: entry.binding.binding_id,
      name: entry.binding.payer.psn_name,
      role: '共济人',
    })
  }
  return options
}

/**
 * 共济查询: which tab and filters the citizen chose (UI state, `filters` and `tab`) and the rows
 * loaded for them (domain state, one listing per tab). Any change of tab or filter reloads the
 * listing being shown if its rows were loaded for another query.
 */
export class RecordsStore {
  tab: RecordsTab = 'changes'
  members: MemberOption[] = []
  /** Whether the citizen shares their account with anyone (the 共济支出 chart is theirs). */
  isPayer = false

  readonly filters: RecordFilters
  readonly changes: RecordListing<LedgerRowView>
  readonly consumption: RecordListing<ConsumptionRowView>
  readonly detail: RecordDetailStore
  readonly chart: MulaidChartStore
  readonly membersTask: Task<[], MemberSources>

  constructor(
    service: RecordsService,
    family: FamilyService,
    clock: () => number = () => Date.now(),
  ) {
    this.filters = new RecordFilters(clock)
    this.changes = new RecordListing((query) => service.changes(query))
    this.consumption = new RecordListing((query) => service.consumption(query))
    this.detail = new RecordDetailStore(service)
    this.chart = new MulaidChartStore(service, clock)
    this.membersTask = new Task(async () => {
      const [familyOutput, payersOutput] = await Promise.all([family.family(), family.payers()])
      return { family: familyOutput, payers: payersOutput }
    })
    makeAutoObservable(this, {
      filters: false,
      changes: false,
      consumption: false,
      detail: false,
      chart: false,
      membersTask: false,
    })
  }

  get listing(): RecordListing<LedgerRowView> | RecordListing<ConsumptionRowView> {
    return this.tab === 'changes' ? this.changes : this.consumption
  }

  /**
   * A fresh visit: default filters, the family for the 成员 filter, the first page. Without a
   * personal account there are no 账户变动, so such a citizen starts on 消费记录.
   */
  open(hasAccount: boolean): void {
    this.tab = hasAccount ? 'changes' : 'consumption'
    this.filters.reset()
    this.chart.clear()
    this.changes.clear()
    this.consumption.clear()
    this.ensureLoaded()
    void this.loadMembers()
  }

  /** Another person logged in: nothing of the previous one may stay on screen. */
  clear(): void {
    this.members = []
    this.isPayer = false
    this.changes.clear()
    this.consumption.clear()
    this.detail.clear()
    this.chart.clear()
  }

  async loadMembers(): Promise<void> {
    const sources = await this.membersTask.run()
    if (!sources) return
    runInAction(() => {
      this.members = memberOptions(sources)
      this.isPayer = (sources.family.family?.bindings ?? []).some(
        (b) => b.state === 'active' || b.state === 'ended',
      )
    })
  }

  selectTab(tab: RecordsTab): void {
    this.tab = tab
    this.ensureLoaded()
  }

  setPreset(preset: Exclude<TimePreset, 'custom'>): void {
    this.filters.setPreset(preset)
    this.ensureLoaded()
  }

  setDate(edge: 'from' | 'to', date: string): void {
    this.filters.setDate(edge, date)
    this.ensureLoaded()
  }

  setKind(kind: LedgerKind | null): void {
    this.filters.setKind(this.tab, kind)
    this.ensureLoaded()
  }

  setMember(bindingId: string | null): void {
    this.filters.setBinding(bindingId)
    this.ensureLoaded()
  }

  clearFilters(): void {
    this.filters.reset()
    this.ensureLoaded()
  }

  /** Loads the shown listing again from the top (retry after an error). */
  retry(): void {
    void this.listing.reload(this.filters.query(this.tab))
  }

  private ensureLoaded(): void {
    const query = this.filters.query(this.tab)
    if (this.listing.queryKey !== JSON.stringify(query)) void this.listing.reload(query)
  }
}
