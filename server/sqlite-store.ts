import Database from 'better-sqlite3'

import type { KeyValueStore } from '../src/backend/storage/key-value-store'
import { DomainError } from '../src/domain/errors'

/**
 * The backend's KeyValueStore over one SQLite table. WAL keeps readers off the writer's back and
 * survives a killed process; `atomic` makes a request's whole commit one transaction. The lock is
 * exclusive because the backend caches what it read: a second process on the same file would
 * answer from stale data, so it is refused instead.
 */
export class SqliteStore implements KeyValueStore {
  private readonly db: Database.Database
  private readonly getStmt: Database.Statement<[string], { value: string }>
  private readonly setStmt: Database.Statement<[string, string]>
  private readonly removeStmt: Database.Statement<[string]>
  private readonly keysStmt: Database.Statement<[], { key: string }>

  /** `busyTimeoutMs`: how long to wait for another process's lock before giving up. */
  constructor(
    readonly file: string = ':memory:',
    { busyTimeoutMs = 2000 }: { busyTimeoutMs?: number } = {},
  ) {
    this.db = new Database(file, { timeout: busyTimeoutMs })
    try {
      this.db.pragma('locking_mode = EXCLUSIVE')
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('synchronous = FULL')
      this.db.exec('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
    } catch (error) {
      this.db.close()
      throw error
    }
    this.getStmt = this.db.prepare('SELECT value FROM kv WHERE key = ?')
    this.setStmt = this.db.prepare(
      'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    this.removeStmt = this.db.prepare('DELETE FROM kv WHERE key = ?')
    this.keysStmt = this.db.prepare('SELECT key FROM kv')
  }

  get(key: string): string | null {
    return this.getStmt.get(key)?.value ?? null
  }

  set(key: string, value: string): void {
    this.guard(() => this.setStmt.run(key, value))
  }

  remove(key: string): void {
    this.guard(() => this.removeStmt.run(key))
  }

  keys(): string[] {
    return this.keysStmt.all().map((row) => row.key)
  }

  atomic<T>(fn: () => T): T {
    return this.guard(() => this.db.transaction(fn)())
  }

  close(): void {
    if (this.db.open) this.db.close()
  }

  get open(): boolean {
    return this.db.open
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn()
    } catch (error) {
      if (isDiskFull(error)) throw new DomainError('E_STORAGE_FULL')
      throw error
    }
  }
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_FULL'
}
