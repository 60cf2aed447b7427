import { makeAutoObservable, runInAction } from 'mobx'

import type { BindingAddOutput, BindingView, FamilyView, InputOf } from '../domain/api'
import type { Fen } from '../domain/money'
import type { FamilyService } from '../services/family-service'
import { Task } from './task'

export interface PayerRefusal {
  code: string
  message: string
}

/** The 共济人 side of 共济绑定: the own 共济家庭, adding members, limits, ending bindings. */
export class FamilyStore {
  family: FamilyView | null = null
  /** Why this person cannot be 共济人 now, in the backend's words (S1); null when they can. */
  refusal: PayerRefusal | null = null
  loaded = false

  readonly loadTask = new Task(() => this.service.family())
  readonly createTask = new Task(() => this.service.createFamily())
  readonly addTask = new Task((input: InputOf<'5303'>) => this.service.addMember(input))
  readonly limitTask = new Task((id: string, limit: Fen | null) => this.service.setLimit(id, limit))
  readonly endTask = new Task((id: string) => this.service.end(id))

  constructor(private readonly service: FamilyService) {
    makeAutoObservable<FamilyStore, 'service'>(this, {
      service: false,
      loadTask: false,
      createTask: false,
      addTask: false,
      limitTask: false,
      endTask: false,
    })
  }

  get bindings(): BindingView[] {
    return this.family?.bindings ?? []
  }

  binding(id: string): BindingView | undefined {
    return this.bindings.find((b) => b.binding_id === id)
  }

  async load(): Promise<void> {
    const output = await this.loadTask.run()
    if (!output) return
    runInAction(() => {
      this.family = output.family
      this.refusal = output.payer_refusal
        ? { code: output.payer_refusal.err_code, message: output.payer_refusal.err_msg }
        : null
      this.loaded = true
    })
  }

  /** F1: the pledge is the page's checkbox; the service sends it as accepted. */
  async create(): Promise<boolean> {
    const output = await this.createTask.run()
    if (!output) return false
    runInAction(() => {
      this.family = output.family
    })
    return true
  }

  async add(input: InputOf<'5303'>): Promise<BindingAddOutput | undefined> {
    const output = await this.addTask.run(input)
    if (output) this.put(output.binding)
    return output
  }

  async setLimit(id: string, limit: Fen | null): Promise<boolean> {
    const output = await this.limitTask.run(id, limit)
    if (output) this.put(output.binding)
    return output !== undefined
  }

  async end(id: string): Promise<boolean> {
    const output = await this.endTask.run(id)
    if (output) this.put(output.binding)
    return output !== undefined
  }

  /** Replaces the binding in place, or adds a new one at the end (the backend's order). */
  private put(binding: BindingView): void {
    if (!this.family) return
    const index = this.family.bindings.findIndex((b) => b.binding_id === binding.binding_id)
    if (index === -1) this.family.bindings.push(binding)
    else this.family.bindings[index] = binding
  }

  /** A page opened afresh starts without the last visit's refusals. */
  clearErrors(): void {
    const tasks = [this.createTask, this.addTask, this.limitTask, this.endTask]
    tasks.forEach((task) => task.clearError())
  }

  /** Logging out or switching persona: another person's family must never show. */
  clear(): void {
    this.family = null
    this.refusal = null
    this.loaded = false
  }
}
