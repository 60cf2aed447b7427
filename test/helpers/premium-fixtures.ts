import type { RequestContext } from '../../src/backend/context'
import { keys } from '../../src/backend/state/keys'
import { ledgerNewestFirst } from '../../src/backend/state/ledger'
import type { LedgerEntry, PersonRecord } from '../../src/backend/state/records'
import { DurableStore } from '../../src/backend/storage/durable-store'
import { UnitOfWork } from '../../src/backend/unit-of-work'
import type { AnswerEnvelope, PremiumReceipt } from '../../src/domain/api'
import type { Relation } from '../../src/domain/kinship'
import type { Policy } from '../../src/domain/policy'
import { CERT, type PersonaName, TestClient } from './backend-client'

/** Seeded bytes, so salts and tokens (and so the whole store) are the same on every run. */
export function seededRandomBytes(seed = 1): (length: number) => Uint8Array {
  let state = seed
  return (length) => {
    const bytes = new Uint8Array(length)
    for (let i = 0; i < length; i += 1) {
      state = (state * 1103515245 + 12345) % 2147483648
      bytes[i] = (state >>> 16) & 0xff
    }
    return bytes
  }
}

export function premiumClient(policy: Partial<Policy> = {}): TestClient {
  return new TestClient({ policy, randomBytes: seededRandomBytes() })
}

/** A binding made the way a citizen makes it: 5303, and for a member of 16+ their own 5304. */
export async function bind(
  client: TestClient,
  payer: PersonaName,
  member: PersonaName,
  relation: Relation,
): Promise<string> {
  const { binding } = await client.ok(
    '5303',
    { psn_name: member, certno: CERT[member], relation },
    { as: payer },
  )
  if (binding.state === 'pending') {
    const { face_token } = await client.ok('9101', {}, { as: member })
    await client.ok('5304', { binding_id: binding.binding_id, face_token }, { as: member })
  }
  return binding.binding_id
}

export interface ZhangFamily {
  client: TestClient
  /** Binding ids of 张建国's family by member. */
  ids: { 张浩然: string; 王桂芝: string; 张小满: string }
}

/** 张建国's family from the story: his son, his mother (2027 paid) and his newborn grandson. */
export async function zhangFamily(policy: Partial<Policy> = {}): Promise<ZhangFamily> {
  const client = premiumClient(policy)
  await client.ok('5302', { pledge: true }, { as: '张建国' })
  const ids = {
    张浩然: await bind(client, '张建国', '张浩然', '子女'),
    王桂芝: await bind(client, '张建国', '王桂芝', '母亲'),
    张小满: await bind(client, '张建国', '张小满', '孙子女'),
  }
  return { client, ids }
}

export async function changePin(
  client: TestClient,
  who: PersonaName,
  oldPin: string,
  newPin: string,
): Promise<void> {
  await client.ok('5312', { old_pin: oldPin, new_pin: newPin }, { as: who })
}

export async function pay(
  client: TestClient,
  bindingId: string,
  pin: string,
  options: { msgid?: string; year?: number; amount?: number } = {},
): Promise<AnswerEnvelope<PremiumReceipt>> {
  return client.raw(
    '5311',
    { binding_id: bindingId, year: options.year ?? 2027, amount: options.amount ?? 40000, pin },
    { as: '张建国', msgid: options.msgid },
  )
}

export { rejects } from './backend-client'

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
  const reopened = new TestClient({
    store: client.store,
    policy: client.backend.policy,
    randomBytes: seededRandomBytes(2),
  })
  reopened.now = client.now
  reopened.nextMsgid = () => client.nextMsgid()
  return reopened
}
