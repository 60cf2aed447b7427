import { makeAutoObservable } from 'mobx'

import type { BindingView, ManagedMember, MemberPayersOutput, PayerEntry } from '../domain/api'
import type { FamilyService } from '../services/family-service'
import type { FaceCheckStore } from './face-check-store'
import { Task } from './task'

export type ConfirmOutcome = 'confirmed' | 'cancelled' | 'failed'

/**
 * The 被共济人 side of 共济绑定: the 共济人 one may use, in deduction order; requests waiting
 * for one's own confirmation; leaving; and the order of under-16 children one manages (O1).
 */
export class MemberStore {
  view: MemberPayersOutput | null = null

  readonly loadTask = new Task(() => this.service.payers())
  readonly confirmTask = new Task((id: string, token: string) => this.service.confirm(id, token))
  readonly declineTask = new Task((id: string) => this.service.decline(id))
  readonly leaveTask = new Task((id: string) => this.service.end(id))
  readonly orderTask = new Task((ids: string[]) => this.service.setOrder(ids))

  constructor(
    private readonly service: FamilyService,
    private readonly faceCheck: FaceCheckStore,
  ) {
    makeAutoObservable<MemberStore, 'service' | 'faceCheck'>(this, {
      service: false,
      faceCheck: false,
      loadTask: false,
      confirmTask: false,
      declineTask: false,
      leaveTask: false,
      orderTask: false,
    })
  }

  get loaded(): boolean {
    return this.view !== null
  }

  get payers(): PayerEntry[] {
    return this.view?.payers ?? []
  }

  get pending(): BindingView[] {
    return this.view?.pending ?? []
  }

  get canSetOrder(): boolean {
    return (this.view?.can_set_order ?? false) && this.payers.length > 1
  }

  /** Children whose order this parent sets; only where there is an order to set. */
  get managed(): ManagedMember[] {
    return (this.view?.managed ?? []).filter((child) => child.payers.length > 1)
  }

  /** Whether anything on the member side concerns this person. */
  get hasAny(): boolean {
    return this.payers.length > 0 || this.pending.length > 0 || this.managed.length > 0
  }

  async load(): Promise<void> {
    const view = await this.loadTask.run()
    if (view) this.show(view)
  }

  /** F2: the member's own face check, then the confirmation carrying its one-time token. */
  async confirm(bindingId: string): Promise<ConfirmOutcome> {
    if (this.confirmTask.pending) return 'failed'
    const token = await this.faceCheck.verify('确认绑定')
    if (!token) return 'cancelled'
    const output = await this.confirmTask.run(bindingId, token)
    if (!output) return 'failed'
    await this.load()
    return 'confirmed'
  }

  async decline(bindingId: string): Promise<boolean> {
    const output = await this.declineTask.run(bindingId)
    if (output) await this.load()
    return output !== undefined
  }

  /** F3: leaving ends the binding at once; the 共济人's records of it stay. */
  async leave(bindingId: string): Promise<boolean> {
    const output = await this.leaveTask.run(bindingId)
    if (output) await this.load()
    return output !== undefined
  }

  /** O1: the new order of one member's 共济人 (one's own, or a managed child's). */
  async setOrder(bindingIds: string[]): Promise<boolean> {
    const view = await this.orderTask.run(bindingIds)
    if (view) this.show(view)
    return view !== undefined
  }

  /** A page opened afresh starts without the last visit's refusals. */
  clearErrors(): void {
    const tasks = [this.confirmTask, this.declineTask, this.leaveTask, this.orderTask]
    tasks.forEach((task) => task.clearError())
  }

  clear(): void {
    this.view = null
  }

  private show(view: MemberPayersOutput): void {
    this.view = view
  }
}
