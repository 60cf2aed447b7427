import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { SqliteStore } from '../../../server/sqlite-store'
import { DurableStore } from '../../../src/backend/storage/durable-store'
import { ERROR_MESSAGES } from '../../../src/domain/errors'
import { dump } from '../../support/faulty-store'
import { KILL_TEST_KEYS } from '../../support/sqlite-kill-writer'
import { WORKLOAD, WorkloadRun } from '../../support/storage-workload'
import { takeUnexpectedReports } from '../../support/unexpected-reports'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sqlite-store-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let files = 0
const freshFile = () => join(dir, `db-${(files += 1)}.sqlite`)

/** Dies (throws) at the given write inside a transaction, as a killed process would stop. */
class DyingSqliteStore extends SqliteStore {
  writes = 0
  crashAt = -1

  set(key: string, value: string): void {
    this.tick()
    super.set(key, value)
  }

  remove(key: string): void {
    this.tick()
    super.remove(key)
  }

  private tick(): void {
    if (this.writes === this.crashAt) throw new Error('process died')
    this.writes += 1
  }
}

describe('SqliteStore', () => {
  it('stores, lists and removes values, and keeps them across a reopen', () => {
    const file = freshFile()
    const store = new SqliteStore(file)
    store.set('a', '1')
    store.set('b', '2')
    store.set('a', '3')
    store.remove('b')
    expect([store.get('a'), store.get('b'), store.keys()]).toEqual(['3', null, ['a']])
    store.close()
    const reopened = new SqliteStore(file)
    expect(reopened.get('a')).toBe('3')
    reopened.close()
  })

  it('rolls a whole atomic block back when it throws half-way, also after a reopen', () => {
    const file = freshFile()
    const store = new SqliteStore(file)
    store.set('a', 'old')
    expect(() =>
      store.atomic(() => {
        store.set('a', 'new')
        store.set('b', 'new')
        throw new Error('died between statements')
      }),
    ).toThrow('died between statements')
    expect(dump(store)).toEqual({ a: 'old' })
    store.close()
    const reopened = new SqliteStore(file)
    expect(dump(reopened)).toEqual({ a: 'old' })
    reopened.close()
  })

  it('refuses a second process on the same file (its cache would go stale)', () => {
    const file = freshFile()
    const first = new SqliteStore(file)
    first.set('a', '1')
    expect(() => new SqliteStore(file, { busyTimeoutMs: 50 })).toThrow(/locked/)
    first.close()
    const second = new SqliteStore(file)
    expect(second.get('a')).toBe('1')
    second.close()
  })

  it('a request cut short at any statement leaves nothing behind after reopening', async () => {
    const reference = new WorkloadRun()
    const refStore = new DyingSqliteStore()
    const refBackend = reference.open(refStore)
    const problems: string[] = []
    for (let index = 0; index < WORKLOAD.length; index += 1) {
      const before = dump(refStore)
      const values = { ...reference.values }
      const writesBefore = refStore.writes
      const answer = await reference.step(refBackend, index)
      const after = dump(refStore)
      const writes = refStore.writes - writesBefore
      // The reset rewrites every key and re-seeds on each try: a few points stand for the rest.
      const points =
        WORKLOAD[index].infno === '9105'
          ? [0, Math.floor(writes / 2), writes - 1]
          : Array.from({ length: writes }, (_, i) => i)
      for (const crashAt of points) {
        const file = freshFile()
        const seed = new SqliteStore(file)
        seed.atomic(() => Object.entries(before).forEach(([k, v]) => seed.set(k, v)))
        seed.close()
        const dying = new DyingSqliteStore(file)
        dying.crashAt = crashAt
        const run = new WorkloadRun({ ...values })
        await run.step(run.open(dying), index)
        // The simulated death is an unexpected exception to the backend: answered E_SERVER, reported.
        takeUnexpectedReports()
        dying.close()
        const reopened = new SqliteStore(file)
        const where = `step ${index} (${WORKLOAD[index].infno}) died at statement ${crashAt}`
        if (JSON.stringify(dump(reopened)) !== JSON.stringify(before)) {
          problems.push(`${where}: half-applied`)
        }
        const retry = await run.step(run.open(reopened), index)
        if (JSON.stringify(retry) !== JSON.stringify(answer))
          problems.push(`${where}: retry differs`)
        if (JSON.stringify(dump(reopened)) !== JSON.stringify(after)) {
          problems.push(`${where}: state after the retry differs`)
        }
        reopened.close()
      }
    }
    refStore.close()
    expect(problems).toEqual([])
  })

  it('maps a full disk to E_STORAGE_FULL', () => {
    const store = new SqliteStore()
    ;(store as unknown as { db: { pragma(s: string): void } }).db.pragma('max_page_count = 2')
    let error: unknown
    try {
      for (let i = 0; i < 100; i += 1) store.set(`k${i}`, 'x'.repeat(4000))
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ code: 'E_STORAGE_FULL', message: ERROR_MESSAGES.E_STORAGE_FULL })
    store.close()
  })
})

describe('SQLite under a real kill', () => {
  const runWriter = (file: string, killAfter: number) =>
    new Promise<number>((resolve, reject) => {
      // node itself with tsx's loader (not the tsx wrapper), so the kill hits the writer.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(__dirname, '../../support/sqlite-kill-writer.ts'), file],
        { cwd: join(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'inherit'] },
      )
      const deadline = setTimeout(() => child.kill('SIGKILL'), 30_000)
      let printed = 0
      let buffer = ''
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        const lines = buffer.split('\n')
        buffer = lines.pop() ?? ''
        lines.forEach((line) => (printed = Math.max(printed, Number(line))))
        if (printed >= killAfter) child.kill('SIGKILL')
      })
      child.on('error', reject)
      child.on('exit', () => {
        clearTimeout(deadline)
        resolve(printed)
      })
    })

  it('SIGKILL in the middle of commits loses nothing committed and half-applies nothing', async () => {
    const file = freshFile()
    for (const killAfter of [30, 200, 450]) {
      const lastReported = await runWriter(file, killAfter)
      const sqlite = new SqliteStore(file)
      const store = new DurableStore(sqlite)
      const generation = Number(store.read('gen'))
      expect(generation).toBeGreaterThanOrEqual(lastReported)
      for (let i = 0; i < KILL_TEST_KEYS; i += 1) {
        expect(JSON.parse(store.read(`k${i}`) ?? '{}')).toMatchObject({ generation })
      }
      sqlite.close()
    }
  }, 60_000)
})
