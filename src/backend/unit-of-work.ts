import type { ChangeSet, DurableStore } from './storage/durable-store'

/**
 * One request's view of the state: reads go through to the store, writes stay here until the
 * request succeeds and `changes()` is committed in one piece. A rejected request writes nothing.
 */
export class UnitOfWork {
  private readonly loaded = new Map<string, unknown>()
  private readonly dirty = new Set<string>()

  constructor(private readonly store: DurableStore) {}

  get<T>(key: string): T | undefined {
    if (this.loaded.has(key)) return this.loaded.get(key) as T | undefined
    const payload = this.store.read(key)
    const value = payload === null ? undefined : (JSON.parse(payload) as T)
    this.loaded.set(key, value)
    return value
  }

  put<T>(key: string, value: T): void {
    this.loaded.set(key, value)
    this.dirty.add(key)
  }

  delete(key: string): void {
    this.loaded.set(key, undefined)
    this.dirty.add(key)
  }

  get hasChanges(): boolean {
    return this.dirty.size > 0
  }

  changes(): ChangeSet {
    const changes: ChangeSet = new Map()
    this.dirty.forEach((key) => {
      const value = this.loaded.get(key)
      changes.set(key, value === undefined ? null : JSON.stringify(value))
    })
    return changes
  }
}
