/** Polling instead of fixed sleeps: compiled pages render asynchronously (setData, MobX reactions). */
export interface PollOptions {
  timeout?: number
  interval?: number
}

// Generous: a poll ends as soon as its condition holds, and CI machines are slow under load.
export const DEFAULT_TIMEOUT_MS = 10_000

/** Resolves with the first truthy value of `probe`; rejects with `describe()` after the timeout. */
export async function pollUntil<T>(
  probe: () => T | undefined | null | false,
  describe: () => string,
  { timeout = DEFAULT_TIMEOUT_MS, interval = 5 }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms: ${describe()}`)
    await new Promise((resolve) => setTimeout(resolve, interval))
  }
}

/** Lets queued microtasks and zero-delay timers run (event dispatch in the simulators is async). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
