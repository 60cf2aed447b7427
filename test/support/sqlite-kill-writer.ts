/**
 * Child process for the kill test: commits generation after generation of a multi-key change
 * through DurableStore into SQLite, printing each generation once it is committed, until killed.
 */
import { SqliteStore } from '../../server/sqlite-store'
import { DurableStore } from '../../src/backend/storage/durable-store'

export const KILL_TEST_KEYS = 20

function main(file: string): void {
  const store = new DurableStore(new SqliteStore(file))
  let generation = Number(store.read('gen') ?? '0')
  for (;;) {
    generation += 1
    const change = new Map<string, string | null>([['gen', JSON.stringify(generation)]])
    for (let i = 0; i < KILL_TEST_KEYS; i += 1) {
      change.set(`k${i}`, JSON.stringify({ generation, filler: 'x'.repeat(200 * i) }))
    }
    store.commit(change)
    process.stdout.write(`${generation}\n`)
  }
}

if (require.main === module) main(process.argv[2])
