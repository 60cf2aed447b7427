import { DomainError } from '../../domain/errors'
import { seal, unseal } from './integrity'
import type { KeyValueStore } from './key-value-store'

const JOURNAL_KEY = '__journal__'

/** key → new JSON payload, or null to delete. */
export type ChangeSet = Map<string, string | null>

type JournalEntry = [key: string, before: string | null, after: string | null]

export interface StoreStats {
  bytesWritten: number
  commits: number
}

/**
 * Atomic multi-key commits over any KeyValueStore. Stores without native transactions get an
 * undo/redo journal: written first, then the data, then cleared. A crash leaves the journal behind
 * and `open` finishes the commit (or undoes it when the quota forbids finishing).
 */
export class DurableStore {
  private readonly cache = new Map<string, string | null>()
  readonly stats: StoreStats = { bytesWritten: 0, commits: 0 }

  constructor(private readonly kv: KeyValueStore) {
    this.recover()
  }

  /** The verified JSON payload under `key`, or null when absent. */
  read(key: string): string | null {
    if (this.cache.has(key)) return this.cache.get(key) ?? null
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
    return this.kv.keys().filter((k) => k !== JOURNAL_KEY)
  }

  commit(changes: ChangeSet): void {
    if (changes.size === 0) return
    const sealed = new Map<string, string | null>()
    changes.forEach((payload, key) => sealed.set(key, payload === null ? null : seal(payload)))
    if (this.kv.atomic) {
      this.kv.atomic(() => sealed.forEach((value, key) => this.write(key, value)))
    } else {
      this.commitJournaled(sealed)
    }
    changes.forEach((payload, key) => this.cache.set(key, payload))
    this.stats.commits += 1
  }

  /** Forgets cached values (after another process changed the store, or a reset). */
  invalidate(): void {
    this.cache.clear()
  }

  /** Removes every key; used by the QA reset, which then seeds anew in one commit. */
  clear(): void {
    const write = () => this.kv.keys().forEach((key) => this.kv.remove(key))
    if (this.kv.atomic) this.kv.atomic(write)
    else write()
    this.cache.clear()
  }

  private commitJournaled(sealed: Map<string, string | null>): void {
    const entries: JournalEntry[] = []
    sealed.forEach((after, key) => entries.push([key, this.kv.get(key), after]))
    try {
      this.write(JOURNAL_KEY, seal(JSON.stringify(entries)))
    } catch (error) {
      throw storageFailure(error)
    }
    try {
      for (const [key, , after] of entries) this.write(key, after)
    } catch (error) {
      this.undo(entries)
      throw storageFailure(error)
    }
    this.kv.remove(JOURNAL_KEY)
  }

  private recover(): void {
    const stored = this.kv.get(JOURNAL_KEY)
    if (stored === null) return
    const payload = unseal(stored)
    // A journal that did not finish writing means no data key was touched yet.
    if (payload !== null) {
      const entries = JSON.parse(payload) as JournalEntry[]
      try {
        for (const [key, , after] of entries) this.write(key, after)
      } catch {
        this.undo(entries)
      }
    }
    this.kv.remove(JOURNAL_KEY)
  }

  private undo(entries: JournalEntry[]): void {
    for (const [key, before] of entries) this.write(key, before)
    this.kv.remove(JOURNAL_KEY)
    this.cache.clear()
  }

  private write(key: string, value: string | null): void {
    if (value === null) this.kv.remove(key)
    else {
      this.kv.set(key, value)
      this.stats.bytesWritten += key.length + value.length
    }
  }
}

function storageFailure(error: unknown): DomainError {
  if (error instanceof DomainError) return error
  return new DomainError('E_STORAGE_FULL')
}
