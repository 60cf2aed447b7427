/** Pieces both platforms' host environments share: callback replies, lifecycle hooks, console. */
import type { AppEvents } from './mini-app'

export interface Callbacks {
  success?: (res: unknown) => void
  fail?: (res: unknown) => void
  complete?: (res: unknown) => void
}

export type ApiOptions = Callbacks & Record<string, unknown>

/** Answers a callback-style API the way both clients do: asynchronously, then `complete`. */
export function reply(
  options: ApiOptions | undefined,
  ok: boolean,
  res: Record<string, unknown>,
): void {
  setTimeout(() => {
    if (ok) options?.success?.(res)
    else options?.fail?.(res)
    options?.complete?.(res)
  }, 0)
}

export function callHook(target: Record<string, unknown>, name: string, ...args: unknown[]): void {
  const hook = target[name]
  if (typeof hook === 'function') hook.apply(target, args)
}

/** The app's console: warnings and errors are recorded for tests, the rest only with HARNESS_LOG. */
export function appConsole(events: AppEvents): Record<string, (...args: unknown[]) => void> {
  const quiet = (...args: unknown[]) => {
    if (process.env.HARNESS_LOG) console.log(...args)
  }
  return {
    log: quiet,
    info: quiet,
    debug: quiet,
    warn: (...args) => events.log('warn', args),
    error: (...args) => events.log('error', args),
  }
}
