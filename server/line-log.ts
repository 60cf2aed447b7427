import type { Writable } from 'node:stream'

/**
 * Request log lines are gathered and written once per turn of the event loop: writing to a pipe
 * or a file is synchronous in Node, and one write per request would hold up the answers. If the
 * output cannot keep up, lines past `maxPending` are counted and the count is written instead.
 */
export function lineLog(out: Writable = process.stdout, maxPending = 10_000) {
  let pending: string[] = []
  let dropped = 0
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (dropped > 0) pending.push(`(${dropped} log lines dropped: output too slow)`)
    if (pending.length > 0) out.write(`${pending.join('\n')}\n`)
    pending = []
    dropped = 0
  }
  const log = (line: string) => {
    if (pending.length >= maxPending) dropped += 1
    else pending.push(line)
    if (!scheduled) {
      scheduled = true
      setImmediate(flush)
    }
  }
  return Object.assign(log, { flush })
}
