import { makeAutoObservable, runInAction } from 'mobx'

import type { InputOf, OutputOf, PersonaEntry, RefundOutput, SettlementView } from '../domain/api'
import { hasPersonalAccount } from '../domain/insurance'
import type { QaService } from '../services/qa-service'
import { Task } from './task'

export interface StatusChangeResult {
  name: string
  endedCount: number
}

export interface GenerateResult {
  name: string
  added: number
  balc: number
}

/**
 * 测试工具 (simulated-backend builds only): the demo population and recent settlements to pick
 * from, one task per tool, and each tool's last result. Every tool that changes data refreshes
 * the lists and the logged-in person afterwards, so other pages show the new state.
 */
export class QaStore {
  personas: PersonaEntry[] = []
  settlements: SettlementView[] = []
  backendNow: string | null = null
  clockSimulated = false

  lastSettlement: SettlementView | null = null
  lastRefund: RefundOutput | null = null
  lastStatus: StatusChangeResult | null = null
  lastGenerated: GenerateResult | null = null
  /** The name of the person whose wallet the tool opened last. */
  lastWalletOpened: string | null = null
  resetDone = false

  readonly personasTask: Task<[], OutputOf<'9106'>>
  readonly overviewTask: Task<[], OutputOf<'9107'>>
  readonly settleTask: Task<[InputOf<'2207'>], SettlementView>
  readonly refundTask: Task<[InputOf<'2208'>], RefundOutput>
  readonly statusTask: Task<[InputOf<'9102'>], OutputOf<'9102'>>
  readonly clockTask: Task<[string | null], OutputOf<'9103'>>
  readonly generateTask: Task<[InputOf<'9104'>], OutputOf<'9104'>>
  readonly resetTask: Task<[], OutputOf<'9105'>>
  readonly walletTask: Task<[InputOf<'9108'>], OutputOf<'9108'>>

  constructor(
    qa: QaService,
    private readonly afterChange: () => Promise<unknown> = () => Promise.resolve(),
  ) {
    this.personasTask = new Task(() => qa.personas())
    this.overviewTask = new Task(() => qa.overview())
    this.settleTask = new Task((input: InputOf<'2207'>) => qa.settle(input))
    this.refundTask = new Task((input: InputOf<'2208'>) => qa.refund(input))
    this.statusTask = new Task((input: InputOf<'9102'>) => qa.setStatus(input))
    this.clockTask = new Task((time: string | null) => qa.setClock(time))
    this.generateTask = new Task((input: InputOf<'9104'>) => qa.generateRecords(input))
    this.resetTask = new Task(() => qa.reset())
    this.walletTask = new Task((input: InputOf<'9108'>) => qa.openWallet(input))
    makeAutoObservable<QaStore, 'afterChange'>(this, {
      afterChange: false,
      personasTask: false,
      overviewTask: false,
      settleTask: false,
      refundTask: false,
      statusTask: false,
      clockTask: false,
      generateTask: false,
      resetTask: false,
      walletTask: false,
    })
  }

  /** Settlements that still have money to refund, newest first (all times are +08:00). */
  get refundable(): SettlementView[] {
    return this.settlements
      .filter((s) => s.refundable > 0)
      .sort((a, b) => b.time.localeCompare(a.time) || b.setl_id.localeCompare(a.setl_id))
  }

  get accountHolders(): PersonaEntry[] {
    return this.personas.filter((p) => hasPersonalAccount(p.insutype))
  }

  personaByKey(loginKey: string): PersonaEntry | undefined {
    return this.personas.find((p) => p.login_key === loginKey)
  }

  async open(): Promise<void> {
    await Promise.all([this.loadPersonas(), this.loadOverview()])
  }

  async loadPersonas(): Promise<void> {
    const output = await this.personasTask.run()
    if (output) runInAction(() => (this.personas = output.personas))
  }

  async loadOverview(): Promise<void> {
    const output = await this.overviewTask.run()
    if (!output) return
    runInAction(() => {
      this.settlements = output.settlements
      this.backendNow = output.now
      this.clockSimulated = output.simulated
    })
  }

  async settle(input: InputOf<'2207'>): Promise<void> {
    this.lastSettlement = null
    const settlement = await this.settleTask.run(input)
    if (!settlement) return
    runInAction(() => (this.lastSettlement = settlement))
    await this.refresh()
  }

  async refund(input: InputOf<'2208'>): Promise<void> {
    this.lastRefund = null
    const output = await this.refundTask.run(input)
    if (!output) return
    runInAction(() => (this.lastRefund = output))
    await this.refresh()
  }

  async setStatus(input: InputOf<'9102'>, name: string): Promise<void> {
    this.lastStatus = null
    const output = await this.statusTask.run(input)
    if (!output) return
    runInAction(() => (this.lastStatus = { name, endedCount: output.ended_binding_ids.length }))
    await Promise.all([this.loadPersonas(), this.refresh()])
  }

  async openWallet(loginKey: string, name: string): Promise<void> {
    this.lastWalletOpened = null
    const output = await this.walletTask.run({ login_key: loginKey })
    if (!output) return
    runInAction(() => (this.lastWalletOpened = name))
    await this.refresh()
  }

  async setClock(time: string | null): Promise<void> {
    const output = await this.clockTask.run(time)
    if (!output) return
    runInAction(() => {
      this.backendNow = output.now
      this.clockSimulated = output.simulated
    })
    await this.refresh()
  }

  async generate(input: InputOf<'9104'>, name: string): Promise<void> {
    this.lastGenerated = null
    const output = await this.generateTask.run(input)
    if (!output) return
    runInAction(() => (this.lastGenerated = { name, added: output.added, balc: output.balc }))
    await this.refresh()
  }

  async reset(): Promise<void> {
    this.resetDone = false
    const output = await this.resetTask.run()
    if (!output) return
    runInAction(() => {
      this.resetDone = true
      this.lastSettlement = null
      this.lastRefund = null
      this.lastStatus = null
      this.lastGenerated = null
    })
    await Promise.all([this.loadPersonas(), this.refresh()])
  }

  private async refresh(): Promise<void> {
    await Promise.all([this.loadOverview(), this.afterChange()])
  }
}
