import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { SqliteStore, storageErrorCode } from '../../../server/sqlite-store'
import { createBackend } from '../../../src/backend'
import { ERROR_MESSAGES } from '../../../src/domain/errors'
import { CERT, DEMO_NOW } from '../../support/backend-client'

let dir = ''
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'damaged-db-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function envelope(infno: string, msgid: string, input: unknown = {}) {
  return { infno, msgid, inf_time: '2026-11-23T14:05:00+08:00', opter_type: '3', input }
}

/** A seeded database whose pages after the first are overwritten, as a torn disk leaves them. */
function damagedFile(): string {
  const file = path.join(dir, 'qa.sqlite')
  const store = new SqliteStore(file)
  createBackend({ clock: () => DEMO_NOW, store, qa: true })
  store.close()
  const fd = fs.openSync(file, 'r+')
  const size = fs.fstatSync(fd).size
  const garbage = Buffer.alloc(size - 4096, 0x5a)
  fs.writeSync(fd, garbage, 0, garbage.length, 4096)
  fs.closeSync(fd)
  return file
}

describe('a damaged SQLite database', () => {
  it('answers E_STORAGE_CORRUPT (not "storage full"), and 9105 moves it aside and starts clean', async () => {
    const file = damagedFile()
    const store = new SqliteStore(file, { now: () => DEMO_NOW })
    const backend = createBackend({ clock: () => DEMO_NOW, store, qa: true })
    const login = await backend.handle(envelope('9001', 'l-1', { certno: CERT.张建国 }))
    expect(login).toMatchObject({ err_code: 'E_STORAGE_CORRUPT' })
    expect(login.err_msg).toBe(ERROR_MESSAGES.E_STORAGE_CORRUPT)

    const reset = await backend.handle(envelope('9105', 'r-1'))
    expect(reset.infcode).toBe(0)
    const movedTo = (reset.output as { damaged_copy: string }).damaged_copy
    expect(movedTo).toMatch(/qa\.sqlite\.damaged-2026-11-23T06-05-00-000Z$/)
    expect(fs.existsSync(movedTo)).toBe(true)

    const again = await backend.handle(envelope('9001', 'l-2', { certno: CERT.张建国 }))
    expect(again.infcode).toBe(0)
    store.close()
    const reopened = new SqliteStore(file)
    expect(reopened.keys()).toContain('meta')
    reopened.close()
  })

  it('tells a full disk, damage and an I/O error apart', () => {
    expect(storageErrorCode({ code: 'SQLITE_FULL' })).toBe('E_STORAGE_FULL')
    expect(storageErrorCode({ code: 'SQLITE_CORRUPT' })).toBe('E_STORAGE_CORRUPT')
    expect(storageErrorCode({ code: 'SQLITE_NOTADB' })).toBe('E_STORAGE_CORRUPT')
    expect(storageErrorCode({ code: 'SQLITE_IOERR_WRITE' })).toBe('E_STORAGE_IO')
    expect(storageErrorCode({ code: 'SQLITE_CONSTRAINT' })).toBeUndefined()
    expect(
      new Set([
        ERROR_MESSAGES.E_STORAGE_FULL,
        ERROR_MESSAGES.E_STORAGE_CORRUPT,
        ERROR_MESSAGES.E_STORAGE_IO,
      ]).size,
    ).toBe(3)
  })
})
