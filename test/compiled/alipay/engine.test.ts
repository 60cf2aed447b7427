import vm from 'node:vm'

import { ENGINE_PROFILES } from '../shared/engine-profile'
import { createEngine, EngineTimers } from './engine'

/** The model itself: what Alipay's engine page forbids must fail here as on a phone. */
describe.each(ENGINE_PROFILES)('Alipay engine model (%s)', (profile) => {
  const timers = new EngineTimers()
  const engine = createEngine(profile, { my: {} }, timers)
  const run = (source: string) => vm.runInContext(source, engine)
  afterAll(() => timers.clearAll())

  it('has no globalThis and no global', () => {
    expect(run('typeof globalThis')).toBe('undefined')
    expect(run('typeof global')).toBe('undefined')
    expect(() => run('globalThis.Symbol')).toThrow(/globalThis is not defined/)
  })

  it('refuses code generated from strings', () => {
    expect(() => run('new Function("return this")()')).toThrow(/Code generation from strings/)
    expect(() => run('eval("1 + 1")')).toThrow(/Code generation from strings/)
  })

  it('keeps the built-ins the platform documents and no Node ones', () => {
    expect(run('[typeof Symbol, typeof Map, typeof Set, typeof Promise].join()')).toBe(
      'function,function,function,function',
    )
    expect(run('[typeof process, typeof require, typeof Buffer].join()')).toBe(
      'undefined,undefined,undefined',
    )
  })

  it(profile === 'ios12' ? 'has no BigInt' : 'has BigInt', () => {
    expect(run('typeof BigInt')).toBe(profile === 'ios12' ? 'undefined' : 'function')
  })
})
