import type { RequestContext } from '../../src/backend/context'
import { keys } from '../../src/backend/state/keys'
import { ledgerNewestFirst } from '../../src/backend/state/ledger'
import type { LedgerEntry, PersonRecord } from '../../src/backend/state/records'
import { DurableStore } from '../../src/backend/storage/durable-store'
import { UnitOfWork } from '../../src/backend/unit-of-work'
import { seededRandomBytes, type TestClient } from './backend-client'
import { CERT, type PersonaName } from './public/demo'

/**
 * Stored state read and changed the way no transaction can: for checks of what was written, and
 * for situations a citizen cannot reach through the transactions (a balance, money already paid).
 */

/** Stored keys whose value differs between two snapshots. */
export function changedKeys(before: Record<string, string>, after: Record<string, string>) {
  const all = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...all].filter((key) => before[key] !== after[key]).sort()
}

/** Reads stored state the way the backend does, without a transaction (no request is made). */
function readContext(client: TestClient): RequestContext {
  const uow = new UnitOfWork(new DurableStore(client.store))
  return {
    uow,
    now: client.now,
    hostNow: client.now,
    policy: client.backend.policy,
    randomBytes: () => new Uint8Array(),
    msgid: 'read',
  }
}

export function storedPerson(client: TestClient, who: PersonaName): PersonRecord {
  const person = readContext(client).uow.get<PersonRecord>(keys.person(CERT[who]))
  if (!person) throw new Error(`no person ${who}`)
  return person
}

export function newestLedgerEntry(client: TestClient, who: PersonaName): LedgerEntry {
  const ctx = readContext(client)
  const [newest] = ledgerNewestFirst(ctx, storedPerson(client, who))
  return newest
}

/**
 * Changes one person record the way no transaction can (a balance, 资助参保), then opens a fresh
 * backend over the same store, as a restart would.
 */
export function editPerson(
  client: TestClient,
  who: PersonaName,
  edit: (person: PersonRecord) => void,
): TestClient {
  const store = new DurableStore(client.store)
  const key = keys.person(CERT[who])
  const person = storedPerson(client, who)
  edit(person)
  store.commit(new Map([[key, JSON.stringify(person)]]))
  return client.reopen({ randomBytes: seededRandomBytes(2) })
}

/**
 * Changes one stored record (a balance, money already paid through a binding), then opens a fresh
 * backend over the same store, as a restart would.
 */
export function editRecord<T>(
  client: TestClient,
  key: string,
  edit: (value: T) => void,
): TestClient {
  const store = new DurableStore(client.store)
  const payload = store.read(key)
  if (payload === null) throw new Error(`no record ${key}`)
  const value = JSON.parse(payload) as T
  edit(value)
  store.commit(new Map([[key, JSON.stringify(value)]]))
  return client.reopen()
}
