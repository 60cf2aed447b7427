/**
 * Which client JavaScript engine the compiled tests model (docs/testing.md, "Engine models").
 * Every profile applies the platforms' documented rules (no eval / new Function; on Alipay no
 * globalThis / global); they differ in the language built-ins the engine has.
 * - `newest`: today's clients (Node's built-ins).
 * - `ios12`: iOS 12.2–13 JavaScriptCore (iPhone 6/6 Plus end at iOS 12.5.7): no BigInt, nothing
 *   from ES2020 on, no WeakRef / FinalizationRegistry.
 * The whole compiled project runs on one profile, chosen by YB_ENGINE (default `newest`);
 * `npm test` runs it once per profile.
 */
export type EngineProfile = 'newest' | 'ios12'

export const ENGINE_PROFILES: readonly EngineProfile[] = ['newest', 'ios12']

export function defaultEngineProfile(): EngineProfile {
  const chosen = process.env.YB_ENGINE ?? 'newest'
  if (!ENGINE_PROFILES.includes(chosen as EngineProfile)) {
    throw new Error(`YB_ENGINE=${chosen}: expected one of ${ENGINE_PROFILES.join(', ')}`)
  }
  return chosen as EngineProfile
}

/** Built-ins to delete from a fresh realm, by owner ('globalThis' is the global object). */
export type Removals = Record<string, string[]>

/** What iOS 12.2–13 JavaScriptCore lacks of what Node has (ES2020 and later, WeakRefs). */
const BEFORE_IOS_14: Removals = {
  globalThis: [
    'BigInt',
    'BigInt64Array',
    'BigUint64Array',
    'AggregateError',
    'WeakRef',
    'FinalizationRegistry',
  ],
  Object: ['hasOwn', 'groupBy'],
  Map: ['groupBy'],
  Promise: ['allSettled', 'any', 'withResolvers'],
  Array: ['fromAsync'],
  'String.prototype': ['at', 'isWellFormed', 'toWellFormed', 'matchAll', 'replaceAll'],
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

export const REMOVALS: Record<EngineProfile, Removals> = {
  newest: {},
  ios12: BEFORE_IOS_14,
}

/** The iOS version the profile's user agent reports. */
export const IOS_VERSION: Record<EngineProfile, string> = {
  newest: '17_0',
  ios12: '12_5_7',
}

/** Source that deletes `removals` from the realm it runs in (owners resolved before deleting). */
export function stripSource(removals: Removals): string {
  return `(function (g, drop) {
    var owners = Object.keys(drop).map(function (owner) {
      return owner === 'globalThis' ? g : owner.split('.').reduce(function (o, k) { return o[k] }, g)
    })
    Object.keys(drop).forEach(function (owner, i) {
      drop[owner].forEach(function (name) { delete owners[i][name] })
    })
  })(this, ${JSON.stringify(removals)})`
}
