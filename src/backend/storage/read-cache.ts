/**
 * What the store read, least recently used first out. Bounded both in entries and in characters:
 * reads of absent keys (anonymous msgid look-ups, forged tokens) and large ledger pages alike
 * can never grow the heap past it.
 */
export class ReadCache {
  private readonly entries = new Map<string, string | null>()
  private chars = 0

  constructor(
    private readonly maxEntries = 4096,
    private readonly maxChars = 8_000_000,
  ) {}

  has(key: string): boolean {
    return this.entries.has(key)
  }

  /** The cached value (null: known absent); marks it as just used. */
  get(key: string): string | null | undefined {
    const value = this.entries.get(key)
    if (value === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  set(key: string, value: string | null): void {
    this.drop(key)
    this.entries.set(key, value)
    this.chars += sizeOf(key, value)
    if (this.entries.size > this.maxEntries || this.chars > this.maxChars) this.evict()
  }

  clear(): void {
    this.entries.clear()
    this.chars = 0
  }

  get size(): number {
    return this.entries.size
  }

  /**
   * Drops the least recently used tenth in one pass: walking a Map from its start also walks
   * the holes that deletions left, so evicting one entry per insert would cost a walk each time.
   */
  private evict(): void {
    const entries = Math.floor(this.maxEntries * 0.9)
    const chars = Math.floor(this.maxChars * 0.9)
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= entries && this.chars <= chars) break
      this.drop(oldest)
    }
  }

  private drop(key: string): void {
    if (!this.entries.has(key)) return
    this.chars -= sizeOf(key, this.entries.get(key) ?? null)
    this.entries.delete(key)
  }
}

function sizeOf(key: string, value: string | null): number {
  return key.length + (value?.length ?? 0)
}
