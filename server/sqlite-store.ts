import { existsSync, renameSync } from 'node:fs'

import Database from 'better-sqlite3'

import type { KeyValueStore } from '../src/backend/storage/key-value-store'
import { DomainError } from '../src/domain/errors'

/**
 * The backend's KeyValueStore over one SQLite table. WAL with `synchronous = NORMAL`: a commit
 * is in the WAL file before it is answered, so a killed process loses nothing it answered (only
 * a power cut can lose the last commits, which a mock server may); `atomic` makes a request's
 * whole commit one transaction. The lock is exclusive because the backend caches what it read: a
 * second process on the same file would answer from stale data, so it is refused instead.
 */
export class SqliteStore implements KeyValueStore {
  private db!: Database.Database
  private getStmt!: Database.Statement<[string], { value: string }>
  private setStmt!: Database.Statement<[string, string]>
  private removeStmt!: Database.Statement<[string]>
  private keysStmt!: Database.Statement<[], { key: string }>

  /** `busyTimeoutMs`: how long to wait for another process's lock before giving up. */
  constructor(
    readonly file: string = ':memory:',
    private readonly options: {
      busyTimeoutMs?: number
      now?: () => number
      /** Told where a damaged file went (the server prints it). */
      onMovedAside?: (target: string) => void
    } = {},
  ) {
    this.openFile()
  }

  get(key: string): string | null {
    return this.guard(() => this.getStmt.get(key)?.value ?? null)
  }

  set(key: string, value: string): void {
    this.guard(() => this.setStmt.run(key, value))
  }

  remove(key: string): void {
    this.guard(() => this.removeStmt.run(key))
  }

  keys(): string[] {
    return this.guard(() => this.keysStmt.all().map((row) => row.key))
  }

  atomic<T>(fn: () => T): T {
    return this.guard(() => this.db.transaction(fn)())
  }

  /** Closes the damaged file, renames it (and its WAL) `<file>.damaged-<time>`, opens a new one. */
  moveAside(): string {
    this.close()
    const stamp = new Date(this.options.now?.() ?? Date.now()).toISOString().replace(/[:.]/g, '-')
    const target = this.file === ':memory:' ? ':memory:' : `${this.file}.damaged-${stamp}`
    if (this.file !== ':memory:') {
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(this.file + suffix)) renameSync(this.file + suffix, target + suffix)
      }
    }
    this.openFile()
    this.options.onMovedAside?.(target)
    return target
  }

  close(): void {
    if (this.db.open) this.db.close()
  }

  get open(): boolean {
    return this.db.open
  }

  private openFile(): void {
    this.db = new Database(this.file, { timeout: this.options.busyTimeoutMs ?? 2000 })
    try {
      this.db.pragma('locking_mode = EXCLUSIVE')
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('synchronous = NORMAL')
      this.db.exec('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
      this.getStmt = this.db.prepare('SELECT value FROM kv WHERE key = ?')
      this.setStmt = this.db.prepare(
        'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      this.removeStmt = this.db.prepare('DELETE FROM kv WHERE key = ?')
      this.keysStmt = this.db.prepare('SELECT key FROM kv')
    } catch (error) {
      this.db.close()
      throw error
    }
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn()
    } catch (error) {
      const code = storageErrorCode(error)
      if (code) throw new DomainError(code)
      throw error
    }
  }
}

/**
 * A full disk, a damaged file and a failing disk need different answers: wait and retry, reset
 * (9105 moves the file aside), or look at the machine. SQLite's extended codes start with these.
 */
export function storageErrorCode(
  error: unknown,
): 'E_STORAGE_FULL' | 'E_STORAGE_CORRUPT' | 'E_STORAGE_IO' | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return undefined
  if (code === 'SQLITE_FULL') return 'E_STORAGE_FULL'
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'E_STORAGE_CORRUPT'
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'E_STORAGE_IO'
  return undefined
}
