import { window as taroWindow } from '@tarojs/runtime'

/**
 * Libraries look for the language built-ins on the global object: MobX's getGlobal() tries
 * `globalThis`, then `window`. Alipay's engine forbids `globalThis` (and `new Function('return
 * this')`, webpack's fallback), so in a mini-program build the lookup ends at Taro's simulated
 * `window`, which copies its properties from that unreachable global and so has no `Symbol`,
 * `Map` or `Set`: MobX then refuses to load. The built-ins themselves are in scope everywhere,
 * so they are handed to Taro's window here. Imported first by app.ts, before anything that loads
 * MobX; on H5 the window already has them and nothing changes.
 */
const BUILT_INS: Record<string, unknown> = { Symbol, Map, Set, WeakMap, WeakSet, Promise, Reflect }

const target = taroWindow as unknown as Record<string, unknown>
Object.keys(BUILT_INS).forEach((name) => {
  if (typeof target[name] === 'undefined') target[name] = BUILT_INS[name]
})
