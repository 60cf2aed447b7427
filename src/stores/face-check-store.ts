import { makeObservable, observable, runInAction } from 'mobx'

import type { FamilyService } from '../services/family-service'
import { Task } from './task'

export interface FaceCheckRequest {
  /** What the check is for, in the citizen's words ("确认绑定"). */
  purpose: string
}

/**
 * The face check a step needs before it may go on (confirming a binding). A store asks for it
 * with `verify`; the shared dialog shows it, and the backend's 9101 issues the one-time token.
 */
export class FaceCheckStore {
  request: FaceCheckRequest | null = null
  readonly verifyTask = new Task((pass: boolean) => this.service.faceToken(pass))
  private settle: ((token: string | null) => void) | null = null

  constructor(private readonly service: FamilyService) {
    makeObservable(this, { request: observable.ref })
  }

  get open(): boolean {
    return this.request !== null
  }

  /** Resolves with a face_token once the check passes, or null when the citizen gives up. */
  verify(purpose: string): Promise<string | null> {
    this.settle?.(null)
    this.verifyTask.clearError()
    runInAction(() => {
      this.request = { purpose }
    })
    return new Promise((resolve) => {
      this.settle = resolve
    })
  }

  /**
   * The simulated camera: pass gets a token from the backend; fail gets E_FACE_FAILED, which
   * stays on the dialog so the citizen can try again or cancel.
   */
  async answer(pass: boolean): Promise<void> {
    const asked = this.request
    const token = await this.verifyTask.run(pass)
    if (token && asked !== null && this.request === asked) this.finish(token)
  }

  cancel(): void {
    if (this.verifyTask.pending) return
    this.finish(null)
  }

  /**
   * The page that asked is gone (back button) or another person logged in: the check ends as
   * given up, whatever was in flight, and a late 9101 answer is dropped by `answer`.
   */
  dismiss(): void {
    this.verifyTask.clearError()
    this.finish(null)
  }

  private finish(token: string | null): void {
    const settle = this.settle
    this.settle = null
    runInAction(() => {
      this.request = null
    })
    settle?.(token)
  }
}
