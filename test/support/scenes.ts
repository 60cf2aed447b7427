import type {
  AnswerEnvelope,
  BindingAddOutput,
  BindingView,
  PremiumReceipt,
  SettlementView,
} from '../../src/domain/api'
import type { Relation } from '../../src/domain/kinship'
import type { Fen } from '../../src/domain/money'
import type { Policy } from '../../src/domain/policy'
import { seededClient, type TestClient } from './backend-client'
import { CERT, type PersonaName } from './public/demo'

/**
 * The one scene builder for the demo families: every step goes through real envelopes, as the
 * citizens would make it (5302–5304, the face check 9101), on a TestClient's backend or, through
 * `TestClient.over`, on a test app's.
 */

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

/** The member confirms on their own device: their face check, then 5304. */
export async function confirm(client: TestClient, member: PersonaName, bindingId: string) {
  const token = await faceToken(client, member)
  return client.ok('5304', { binding_id: bindingId, face_token: token }, { as: member })
}

/** F2: the parent who confirms for a child under 16 whom someone else binds. */
export const PARENT_OF: Partial<Record<PersonaName, PersonaName>> = {
  张小满: '张伟',
  张浩然: '李秀兰',
}

/**
 * A binding made the way a citizen makes it: the family if the payer has none, 5303, and the
 * confirmation of whoever must give it (the member from 16, a parent before, F2).
 */
export async function bind(
  client: TestClient,
  payer: PersonaName,
  member: PersonaName,
  relation: Relation,
): Promise<BindingView> {
  const { family } = await client.ok('5301', {}, { as: payer })
  if (!family) await createFamily(client, payer)
  const { binding } = await addMember(client, payer, member, relation)
  if (binding.state !== 'pending') return binding
  const confirmer = binding.confirmer === 'guardian' ? PARENT_OF[member] : member
  if (!confirmer) throw new Error(`no parent of ${member} known to the scenes`)
  return (await confirm(client, confirmer, binding.binding_id)).binding
}

/** A family with members added but not confirmed; the binding ids in order. */
export async function familyOf(
  client: TestClient,
  payer: PersonaName,
  members: [PersonaName, Relation][] = [],
): Promise<string[]> {
  await createFamily(client, payer)
  const ids: string[] = []
  for (const [member, relation] of members) {
    ids.push((await addMember(client, payer, member, relation)).binding.binding_id)
  }
  return ids
}

export interface ZhangFamilyIds {
  张浩然: string
  王桂芝: string
  张小满: string
}

/**
 * 张建国's family from the story (5301–5309): his son 张浩然 (12, active at once), his mother
 * 王桂芝 (2027 already paid; she confirms with her face) and his grandson 张小满 (born 2026-06,
 * confirmed by his father 张伟).
 */
export async function zhangFamily(client: TestClient): Promise<ZhangFamilyIds> {
  await createFamily(client, '张建国')
  return {
    张浩然: (await bind(client, '张建国', '张浩然', '子女')).binding_id,
    王桂芝: (await bind(client, '张建国', '王桂芝', '母亲')).binding_id,
    张小满: (await bind(client, '张建国', '张小满', '孙子女')).binding_id,
  }
}

/** 张建国's family on a fresh seeded client (the same store on every run). */
export async function zhangFamilyClient(
  policy: Partial<Policy> = {},
): Promise<{ client: TestClient; ids: ZhangFamilyIds }> {
  const client = seededClient(policy)
  return { client, ids: await zhangFamily(client) }
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

/** A purchase settled at an institution (2207) with the patient's own credential. */
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

export async function changePin(
  client: TestClient,
  who: PersonaName,
  oldPin: string,
  newPin: string,
): Promise<void> {
  await client.ok('5312', { old_pin: oldPin, new_pin: newPin }, { as: who })
}

/** 张建国 pays a premium (5311), by default 2027's ¥400.00. */
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

export interface SharedStory {
  zhangBinding: string
  liBinding: string
  settlement: SettlementView
}

/**
 * 张建国 then 李秀兰 bind 张浩然 (12: active at once); 张建国 limits his share to ¥100.00 a year;
 * 张浩然 buys ¥300.00 of 药品 at a 零售药店: 张建国 pays ¥100.00, 李秀兰 ¥200.00.
 */
export async function sharedStory(client: TestClient): Promise<SharedStory> {
  const [zhangBinding] = await familyOf(client, '张建国', [['张浩然', '子女']])
  const [liBinding] = await familyOf(client, '李秀兰', [['张浩然', '子女']])
  await setLimit(client, '张建国', zhangBinding, 10000)
  const settlement = await settle(client, '张浩然', 30000)
  return { zhangBinding, liBinding, settlement }
}
