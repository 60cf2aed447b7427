import vm from 'node:vm'

/**
 * The JavaScript engine an Alipay client runs mini-programs on.
 * - `current`: today's clients (Node's ES2023 built-ins).
 * - `minimum`: the oldest engine the app supports, iOS 14.0 JavaScriptCore: ES2020 built-ins
 *   (`globalThis`, `BigInt`) plus Promise.any and String.replaceAll; nothing later.
 * - `es2018`: below the minimum, e.g. iOS 12 JavaScriptCore or V8 ≤ 7.0: no `globalThis`, no
 *   `BigInt`, no `Object.fromEntries`. The app cannot run there (see docs/testing.md).
 */
export type EngineProfile = 'current' | 'minimum' | 'es2018'

type Removals = Record<string, string[]>

/** Built-ins iOS 14.0's JavaScriptCore lacks (WeakRef arrived in 14.1, `at` in 15.4, …). */
const AFTER_IOS_14_0: Removals = {
  globalThis: ['WeakRef', 'FinalizationRegistry'],
  Object: ['hasOwn', 'groupBy'],
  Map: ['groupBy'],
  Promise: ['withResolvers'],
  Array: ['fromAsync'],
  'String.prototype': ['at', 'isWellFormed', 'toWellFormed'],
  'Array.prototype': [
    'at',
    'findLast',
    'findLastIndex',
    'toSorted',
    'toReversed',
    'toSpliced',
    'with',
  ],
  'DataView.prototype': ['getBigInt64', 'getBigUint64', 'setBigInt64', 'setBigUint64'],
}

/** On top of those, what an ES2018 engine lacks. */
const AFTER_ES2018: Removals = {
  globalThis: ['globalThis', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'AggregateError'],
  Object: ['fromEntries'],
  Promise: ['allSettled', 'any'],
  'String.prototype': ['matchAll', 'replaceAll'],
  'Symbol.prototype': ['description'],
}

function merge(...sets: Removals[]): Removals {
  const out: Removals = {}
  for (const set of sets) {
    for (const [owner, names] of Object.entries(set)) out[owner] = [...(out[owner] ?? []), ...names]
  }
  return out
}

const REMOVALS: Record<EngineProfile, Removals> = {
  current: {},
  minimum: AFTER_IOS_14_0,
  es2018: merge(AFTER_IOS_14_0, AFTER_ES2018),
}

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

const IOS_VERSION: Record<EngineProfile, string> = {
  current: '17_0',
  minimum: '14_0',
  es2018: '12_0',
}

/**
 * A fresh realm holding only what Alipay's logic layer has: the language built-ins, `my`,
 * `navigator`, the mini-program constructors, console and timers. No window, document,
 * TextEncoder, fetch or WebCrypto.
 */
export function createEngine(
  profile: EngineProfile,
  globals: Record<string, unknown>,
  timers: EngineTimers,
): vm.Context {
  const context = vm.createContext({
    navigator: {
      userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS ${IOS_VERSION[profile]} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AlipayClient/10.6.0`,
    },
    ...timers.api,
    ...globals,
  })
  // Runs inside the context, so it strips that realm's intrinsics, not Node's. Owners are
  // resolved before any global is deleted.
  vm.runInContext(
    `(function (g, drop) {
      var owners = Object.keys(drop).map(function (owner) {
        return owner === 'globalThis' ? g : owner.split('.').reduce(function (o, k) { return o[k] }, g)
      })
      Object.keys(drop).forEach(function (owner, i) {
        drop[owner].forEach(function (name) { delete owners[i][name] })
      })
    })(this, ${JSON.stringify(REMOVALS[profile])})`,
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
