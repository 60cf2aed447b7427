import { action, makeObservable, observable, runInAction } from 'mobx'

import { reportUnexpected } from '../domain/unexpected'
import { ApiError } from '../services/api-error'

/** Pages know a rejection's shape from here; they never reach into services. */
export type { ApiError }

/** A rejection as pages show it; anything that is not one is a defect, reported here. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  reportUnexpected(error)
  return new ApiError('E_SERVER')
}

/**
 * One kind of request a page can start: tracks in-flight and the last error. While one is in
 * flight a second `run` is ignored, so a double tap never sends a second request.
 */
export class Task<A extends unknown[], R> {
  pending = false
  error: ApiError | null = null

  constructor(private readonly fn: (...args: A) => Promise<R>) {
    makeObservable(this, { pending: observable, error: observable.ref, clearError: action })
  }

  async run(...args: A): Promise<R | undefined> {
    if (this.pending) return undefined
    runInAction(() => {
      this.pending = true
      this.error = null
    })
    try {
      const result = await this.fn(...args)
      runInAction(() => {
        this.pending = false
      })
      return result
    } catch (error) {
      runInAction(() => {
        this.pending = false
        this.error = toApiError(error)
      })
      return undefined
    }
  }

  clearError(): void {
    this.error = null
  }
}
