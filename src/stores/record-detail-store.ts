import { makeAutoObservable, runInAction } from 'mobx'

import type { RecordDetailOutput } from '../domain/api'
import type { RecordsService } from '../services/records-service'
import { Task } from './task'

/** One row of 共济查询 opened on its own page, with its settlement split when it has one. */
export class RecordDetailStore {
  id: string | null = null
  detail: RecordDetailOutput | null = null

  readonly loadTask: Task<[string], RecordDetailOutput>

  constructor(service: RecordsService) {
    this.loadTask = new Task((id: string) => service.detail(id))
    makeAutoObservable(this, { loadTask: false })
  }

  clear(): void {
    this.id = null
    this.detail = null
  }

  async load(id: string): Promise<void> {
    this.id = id
    this.detail = null
    const detail = await this.loadTask.run(id)
    runInAction(() => {
      if (detail && this.id === id) this.detail = detail
    })
  }
}
