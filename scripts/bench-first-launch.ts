/**
 * First launch of the simulated backend: the demo population seeded into empty storage, the
 * work the app does before its first page (createAppRoot builds the backend at start-up).
 * `npm run bench` runs it under `node --jitless`, as iOS runs mini-program JavaScript without a
 * JIT. Run alone: node --jitless --import tsx scripts/bench-first-launch.ts
 */
import { performance } from 'node:perf_hooks'

import { createBackend } from '../src/backend'
import { MemoryKeyValueStore } from '../src/backend/storage/key-value-store'
import { DEMO_NOW } from '../test/support/public/demo'

const RUNS = 5

/** Milliseconds of each cold start: a new backend over empty storage, seeded. */
export function measureFirstLaunch(runs = RUNS): number[] {
  return Array.from({ length: runs }, () => {
    const store = new MemoryKeyValueStore()
    const start = performance.now()
    createBackend({ clock: () => DEMO_NOW, store })
    return performance.now() - start
  })
}

export function describeFirstLaunch(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b)
  const jitless = process.execArgv.includes('--jitless') ? ' (node --jitless)' : ' (with JIT)'
  return `first launch${jitless}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, runs ${sorted.map((t) => t.toFixed(0)).join(' / ')} ms`
}

if (require.main === module) console.log(describeFirstLaunch(measureFirstLaunch()))
