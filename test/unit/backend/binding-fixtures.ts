import { DurableStore } from '../../../src/backend/storage/durable-store'
import type { BindingAddOutput } from '../../../src/domain/api'
import type { Relation } from '../../../src/domain/kinship'
import type { Policy } from '../../../src/domain/policy'
import { CERT, type PersonaName, TestClient } from '../../helpers/backend-client'

/** Shared steps of the 共济绑定 contract tests; every step goes through real envelopes. */
export function newClient(policy: Partial<Policy> = {}): TestClient {
  return new TestClient({ policy })
}

export async function createFamily(client: TestClient, payer: PersonaName): Promise<void> {
  await client.ok('5302', { pledge: true }, { as: payer })
}

export async function addMember(
  client: TestClient,
  payer: PersonaName,
  member: PersonaName,
  relation: Relation,
): Promise<BindingAddOutput> {
  return client.ok('5303', { psn_name: member, certno: CERT[member], relation }, { as: payer })
}

export async function faceToken(client: TestClient, who: PersonaName): Promise<string> {
  return (await client.ok('9101', {}, { as: who })).face_token
}

export async function confirm(client: TestClient, member: PersonaName, bindingId: string) {
  const token = await faceToken(client, member)
  return client.ok('5304', { binding_id: bindingId, face_token: token }, { as: member })
}

export { rejects } from '../../helpers/backend-client'

/**
 * Changes one stored record the way no transaction of this area can (a balance, money already
 * paid through a binding), then opens a fresh backend over the same store, as a restart would.
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
  return reopen(client)
}

/** A new backend over the same store, as after a restart of the app or the mock server. */
export function reopen(client: TestClient): TestClient {
  const reopened = new TestClient({ store: client.store, policy: client.backend.policy })
  reopened.now = client.now
  // Both clients talk to one store, so their msgids must not collide.
  reopened.nextMsgid = () => client.nextMsgid()
  return reopened
}

export const DAY_MS = 24 * 60 * 60 * 1000
