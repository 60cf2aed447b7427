import { DomainError } from '../../domain/errors'
import { storedStringBytes } from '../utf8'
import { seal, unseal } from './integrity'
import {
  clearJournal,
  isJournalKey,
  readJournal,
  removeQuietly,
  strayParts,
  undo,
  type UndoEntry,
  writeJournal,
} from './journal'
import type { KeyValueStore } from './key-value-store'
import { ReadCache } from './read-cache'

/** key → new JSON payload, or null to delete. */
export type ChangeSet = Map<string, string | null>

export interface StoreStats {
  bytesWritten: number
  commits: number
}

/**
 * Atomic multi-key commits over any KeyValueStore. Stores with native transactions (SQLite) run
 * a commit inside one; the others get a rollback journal (journal.ts). Either way a commit is
 * all or nothing, also across a crash: a left-over journal is undone at start, so a request that
 * was never answered has no effect and a retry under its msgid runs it afresh.
 */
export class DurableStore {
  private readonly cache = new ReadCache()
  readonly stats: StoreStats = { bytesWritten: 0, commits: 0 }
  /** A commit failed half-way and its undo failed too: nothing is read until the undo succeeds. */
  private undoPending = false
  /** The journal itself is damaged, so the state cannot be trusted until a reset. */
  private journalCorrupt = false

  constructor(private readonly kv: KeyValueStore) {
    try {
      this.recover()
    } catch {
      // Reported to every request instead: opening must work so the reset stays reachable.
    }
  }

  /** The verified JSON payload under `key`, or null when absent. */
  read(key: string): string | null {
    this.ensureConsistent()
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    const stored = this.kv.get(key)
    if (stored === null) {
      this.cache.set(key, null)
      return null
    }
    const payload = unseal(stored)
    if (payload === null) throw new DomainError('E_STORAGE_CORRUPT')
    this.cache.set(key, payload)
    return payload
  }

  keys(): string[] {
    return this.kv.keys().filter((k) => !isJournalKey(k))
  }

  commit(changes: ChangeSet): void {
    if (changes.size === 0) return
    this.ensureConsistent()
    const sealed = sealAll(changes)
    this.ensureRoomFor(sealed)
    if (this.kv.atomic) {
      this.kv.atomic(() => sealed.forEach((value, key) => this.write(key, value)))
    } else {
      this.commitJournaled(sealed)
    }
    changes.forEach((payload, key) => this.cache.set(key, payload))
    this.stats.commits += 1
  }

  /**
   * Replaces the whole content (a reset, a first seed). `commitKey` is removed first and written
   * last: while it is missing the owner treats the store as never filled and fills it again, so a
   * crash half-way through needs no journal, which could not fit a full store anyway. A left-over
   * journal goes right after it: undone before that point, it gives back the state before.
   */
  replaceAll(changes: ChangeSet, commitKey: string): void {
    const sealed = sealAll(changes)
    const last = sealed.get(commitKey)
    if (last === undefined || last === null) throw new Error(`replaceAll needs ${commitKey}`)
    const run = () => {
      this.kv.remove(commitKey)
      this.cache.clear()
      clearJournal(this.kv)
      for (const key of this.kv.keys()) if (!sealed.has(key)) this.kv.remove(key)
      this.undoPending = false
      this.journalCorrupt = false
      sealed.forEach((value, key) => {
        if (key !== commitKey) this.write(key, value)
      })
      this.write(commitKey, last)
    }
    try {
      if (this.kv.atomic) this.kv.atomic(run)
      else run()
    } catch (error) {
      this.cache.clear()
      throw this.kv.atomic ? error : storageFailure(error)
    }
    changes.forEach((payload, key) => this.cache.set(key, payload))
    this.stats.commits += 1
  }

  /** Forgets cached values (after another process changed the store, or a reset). */
  invalidate(): void {
    this.cache.clear()
  }

  /**
   * Refuses a commit the platform says cannot fit, before anything is written. While a journaled
   * commit runs, the journal holds the old values and the new ones replace them: at its peak it
   * needs the new values' size on top of what is stored now.
   */
  private ensureRoomFor(sealed: Map<string, string | null>): void {
    const free = this.kv.freeBytes?.()
    if (free === undefined) return
    let needed = 0
    sealed.forEach((value, key) => {
      if (value !== null) needed += storedStringBytes(key) + storedStringBytes(value)
    })
    if (needed > free) throw new DomainError('E_STORAGE_FULL')
  }

  private commitJournaled(sealed: Map<string, string | null>): void {
    const entries: UndoEntry[] = Array.from(sealed.keys(), (key) => [key, this.kv.get(key)])
    try {
      writeJournal(this.kv, entries)
    } catch (error) {
      throw storageFailure(error)
    }
    try {
      sealed.forEach((value, key) => this.write(key, value))
      clearJournal(this.kv)
    } catch (error) {
      this.rollBack(entries)
      throw storageFailure(error)
    }
  }

  /** Undoes a failed commit now; when even that fails, the next operation tries again. */
  private rollBack(entries: UndoEntry[]): void {
    this.cache.clear()
    try {
      undo(this.kv, entries)
      clearJournal(this.kv)
    } catch {
      this.undoPending = true
    }
  }

  private ensureConsistent(): void {
    if (this.journalCorrupt) throw new DomainError('E_STORAGE_CORRUPT')
    if (!this.undoPending) return
    try {
      this.recover()
    } catch (error) {
      throw storageFailure(error)
    }
  }

  private recover(): void {
    this.undoPending = true
    const journal = readJournal(this.kv)
    if (journal === 'corrupt') {
      this.undoPending = false
      this.journalCorrupt = true
      return
    }
    if (journal === null) removeQuietly(this.kv, strayParts(this.kv))
    else {
      undo(this.kv, journal)
      clearJournal(this.kv)
    }
    this.cache.clear()
    this.undoPending = false
  }

  private write(key: string, value: string | null): void {
    if (value === null) this.kv.remove(key)
    else {
      this.kv.set(key, value)
      this.stats.bytesWritten += key.length + value.length
    }
  }
}

function sealAll(changes: ChangeSet): Map<string, string | null> {
  const sealed = new Map<string, string | null>()
  changes.forEach((payload, key) => sealed.set(key, payload === null ? null : seal(payload)))
  return sealed
}

function storageFailure(error: unknown): DomainError {
  if (error instanceof DomainError) return error
  return new DomainError('E_STORAGE_FULL')
}
