/**
 * The one storage interface of the backend: Taro storage in the app, SQLite in the mock server,
 * memory in tests. Synchronous on purpose: every request runs to completion without yielding, so
 * two requests never interleave.
 */
export interface KeyValueStore {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
  keys(): string[]
  /** Stores that can change several keys atomically (SQLite) run a whole commit inside this. */
  atomic?<T>(fn: () => T): T
  /**
   * Stores that can be damaged beyond rewriting (an SQLite file with broken pages) move the
   * damaged copy aside, start empty, and return where the copy went (9105 qa.reset).
   */
  moveAside?(): string
  /**
   * Bytes the platform reports still free for this app, when it reports it (the mini-programs'
   * getStorageInfoSync). A commit that would not fit is refused before anything is written.
   */
  freeBytes?(): number | undefined
}

export class MemoryKeyValueStore implements KeyValueStore {
  private readonly data = new Map<string, string>()

  get(key: string): string | null {
    return this.data.get(key) ?? null
  }

  set(key: string, value: string): void {
    this.data.set(key, value)
  }

  remove(key: string): void {
    this.data.delete(key)
  }

  keys(): string[] {
    return Array.from(this.data.keys())
  }
}
