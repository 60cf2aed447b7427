import vm from 'node:vm'

import { type EngineProfile, IOS_VERSION, REMOVALS, stripSource } from '../shared/engine-profile'

export type { EngineProfile } from '../shared/engine-profile'

/**
 * Timers for one app: unref'd so a forgotten app never keeps jest alive, and all cleared when
 * the app closes (e.g. mobx-react-lite's clean-up timer where FinalizationRegistry is missing).
 */
export class EngineTimers {
  private readonly pending = new Set<NodeJS.Timeout>()

  readonly api = {
    setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      this.track(setTimeout(fn, ms, ...args)),
    setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      this.track(setInterval(fn, ms, ...args)),
    clearTimeout: (handle: NodeJS.Timeout) => {
      this.pending.delete(handle)
      clearTimeout(handle)
    },
    clearInterval: (handle: NodeJS.Timeout) => {
      this.pending.delete(handle)
      clearInterval(handle)
    },
  }

  private track(handle: NodeJS.Timeout): NodeJS.Timeout {
    handle.unref()
    this.pending.add(handle)
    return handle
  }

  clearAll(): void {
    this.pending.forEach((handle) => clearTimeout(handle))
    this.pending.clear()
  }
}

/**
 * A fresh realm holding only what Alipay's logic layer has: the language built-ins of the
 * profile, `my`, `navigator`, the mini-program constructors, console and timers. No window,
 * document, TextEncoder, fetch or WebCrypto. As Alipay's engine page says, `globalThis` and
 * `global` cannot be reached (here: not defined) and code cannot be generated from strings
 * (`eval`, `new Function` throw EvalError).
 */
export function createEngine(
  profile: EngineProfile,
  globals: Record<string, unknown>,
  timers: EngineTimers,
): vm.Context {
  const context = vm.createContext(
    {
      navigator: {
        userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS ${IOS_VERSION[profile]} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AlipayClient/10.6.0`,
      },
      ...timers.api,
      ...globals,
    },
    { codeGeneration: { strings: false, wasm: false } },
  )
  // Runs inside the context, so it strips that realm's intrinsics, not Node's.
  vm.runInContext(
    stripSource({
      ...REMOVALS[profile],
      globalThis: [...(REMOVALS[profile].globalThis ?? []), 'globalThis'],
    }),
    context,
  )
  return context
}

/** Compiles a bundle file as a function in the engine's realm (stack traces keep the file). */
export function compileIn(context: vm.Context) {
  return (file: string, source: string, names: string[]) =>
    vm.compileFunction(source, names, { parsingContext: context, filename: file }) as (
      ...args: unknown[]
    ) => void
}
