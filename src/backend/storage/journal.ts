import { seal, unseal } from './integrity'
import type { KeyValueStore } from './key-value-store'

/**
 * The rollback journal of a multi-key commit on a store without transactions: the stored value
 * of every key the commit touches, as it was before. Its parts are written first and the header
 * last, so a header on disk always means a complete journal. A commit counts as done only once
 * the header is gone; a header found at start-up means "undo".
 */
const HEADER = '__journal__'
const PART_PREFIX = `${HEADER}:`
/** Well under Alipay's 200 KB per key even if every character took 3 bytes. */
const PART_CHARS = 30_000

/** key → its stored (sealed) value before the commit, or null when it did not exist. */
export type UndoEntry = [key: string, before: string | null]

export function isJournalKey(key: string): boolean {
  return key === HEADER || key.startsWith(PART_PREFIX)
}

export function writeJournal(kv: KeyValueStore, entries: UndoEntry[]): void {
  const text = seal(JSON.stringify(entries))
  let parts = 0
  try {
    for (let at = 0; at < text.length; at += PART_CHARS) {
      kv.set(PART_PREFIX + parts, text.slice(at, at + PART_CHARS))
      parts += 1
    }
    kv.set(HEADER, seal(JSON.stringify({ parts })))
  } catch (error) {
    removeQuietly(kv, strayParts(kv))
    throw error
  }
}

/** The journal left by an unfinished commit: entries, null when there is none, or 'corrupt'. */
export function readJournal(kv: KeyValueStore): UndoEntry[] | null | 'corrupt' {
  const header = kv.get(HEADER)
  if (header === null) return null
  const headerPayload = unseal(header)
  if (headerPayload === null) return 'corrupt'
  const { parts } = JSON.parse(headerPayload) as { parts: number }
  let text = ''
  for (let i = 0; i < parts; i += 1) {
    const part = kv.get(PART_PREFIX + i)
    if (part === null) return 'corrupt'
    text += part
  }
  const payload = unseal(text)
  if (payload === null) return 'corrupt'
  const entries: unknown = JSON.parse(payload)
  return isUndoList(entries) ? entries : 'corrupt'
}

/**
 * Puts every key back as it was. Keys that shrink go first, so the store never holds more than
 * it did before the commit plus the journal, which both fitted: an undo cannot hit the quota.
 */
export function undo(kv: KeyValueStore, entries: UndoEntry[]): void {
  const delta = ([key, before]: UndoEntry) => (before?.length ?? 0) - (kv.get(key)?.length ?? 0)
  const ordered = entries.map((entry) => ({ entry, delta: delta(entry) }))
  ordered.sort((a, b) => a.delta - b.delta)
  for (const { entry } of ordered) {
    const [key, before] = entry
    if (before === null) kv.remove(key)
    else kv.set(key, before)
  }
}

/** Removing the header is the commit point; the parts are then garbage. */
export function clearJournal(kv: KeyValueStore): void {
  kv.remove(HEADER)
  removeQuietly(kv, strayParts(kv))
}

/** Parts left behind without a header: a journal that never finished, or a finished commit. */
export function strayParts(kv: KeyValueStore): string[] {
  return kv.keys().filter((key) => key.startsWith(PART_PREFIX))
}

/** Garbage removal: whatever stays behind is removed again at the next start. */
export function removeQuietly(kv: KeyValueStore, keys: string[]): void {
  for (const key of keys) {
    try {
      kv.remove(key)
    } catch {
      return
    }
  }
}

function isUndoList(value: unknown): value is UndoEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === 'string' &&
        (entry[1] === null || typeof entry[1] === 'string'),
    )
  )
}
