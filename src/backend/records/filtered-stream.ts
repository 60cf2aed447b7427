/** An iterator with one item of look-ahead that skips what `accept` rejects. */
export class FilteredStream<T> {
  private head: T | undefined
  private done = false

  constructor(
    private readonly source: Iterator<T>,
    private readonly accept: (item: T) => boolean,
  ) {}

  peek(): T | undefined {
    while (this.head === undefined && !this.done) {
      const next = this.source.next()
      if (next.done) this.done = true
      else if (this.accept(next.value)) this.head = next.value
    }
    return this.head
  }

  take(): T | undefined {
    const item = this.peek()
    this.head = undefined
    return item
  }
}
