import type { BindingView, OutputOf, SettlementView } from '../../src/domain/api'
import type { Relation } from '../../src/domain/kinship'
import type { Fen } from '../../src/domain/money'
import type { Policy } from '../../src/domain/policy'
import { CERT, type PersonaName, TestClient } from './backend-client'

/**
 * Steps of the ledger tests, all through real envelopes: families and bindings (5302–5307),
 * settlements (2207) and refunds (2208).
 */
export async function bindMember(
  client: TestClient,
  payer: PersonaName,
  member: PersonaName,
  relation: Relation,
): Promise<BindingView> {
  const family = await client.ok('5301', {}, { as: payer })
  if (!family.family) await client.ok('5302', { pledge: true }, { as: payer })
  const added = await client.ok(
    '5303',
    { psn_name: member, certno: CERT[member], relation },
    { as: payer },
  )
  if (added.binding.state === 'pending') {
    const { face_token } = await client.ok('9101', {}, { as: member })
    const confirmed = await client.ok(
      '5304',
      { binding_id: added.binding.binding_id, face_token },
      { as: member },
    )
    return confirmed.binding
  }
  return added.binding
}

/** A second backend over the same store (a restart, or other policy settings). */
export function reopen(client: TestClient, policy: Partial<Policy> = {}): TestClient {
  const reopened = new TestClient({ store: client.store, policy })
  reopened.now = client.now
  // Both clients talk to one store, so their msgids must not collide.
  reopened.nextMsgid = () => client.nextMsgid()
  return reopened
}

export async function setLimit(
  client: TestClient,
  payer: PersonaName,
  bindingId: string,
  limit: Fen | null,
): Promise<BindingView> {
  return (await client.ok('5307', { binding_id: bindingId, annual_limit: limit }, { as: payer }))
    .binding
}

export interface SettleOptions {
  inst_type?: '医院门诊' | '医院住院' | '零售药店'
  category?: '诊疗' | '药品' | '医疗器械' | '医用耗材' | '疫苗' | '保健品' | '生活用品' | '美容'
  inst_name?: string
  msgid?: string
}

export async function settle(
  client: TestClient,
  patient: PersonaName,
  amount: Fen,
  options: SettleOptions = {},
): Promise<SettlementView> {
  return client.ok(
    '2207',
    {
      patient_certno: CERT[patient],
      credential_certno: CERT[patient],
      inst_type: options.inst_type ?? '零售药店',
      category: options.category ?? '药品',
      amount,
      ...(options.inst_name ? { inst_name: options.inst_name } : {}),
    },
    { msgid: options.msgid },
  )
}

export async function balanceOf(client: TestClient, who: PersonaName): Promise<Fen | null> {
  return (await client.ok('1101', {}, { as: who })).balc
}

/** Every page of a listing, following next_cursor to the end. */
export async function allPages<R>(
  fetch: (cursor: string | undefined) => Promise<{ rows: R[]; next_cursor: string | null }>,
): Promise<R[]> {
  const rows: R[] = []
  let cursor: string | undefined
  for (;;) {
    const page = await fetch(cursor)
    rows.push(...page.rows)
    if (page.next_cursor === null) return rows
    cursor = page.next_cursor
  }
}

export type ChangesPage = OutputOf<'5313'>
export type ConsumptionPage = OutputOf<'5314'>
