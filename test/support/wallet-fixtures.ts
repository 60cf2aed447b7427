import type { OutputOf } from '../../src/domain/api'
import type { Relation } from '../../src/domain/kinship'
import type { Fen } from '../../src/domain/money'
import type { TestClient } from './backend-client'
import { seededClient } from './backend-client'
import { CERT, type PersonaName } from './public/demo'
import { changePin } from './scenes'

/** 张建国's payment PIN once he has changed the initial one (K1). */
export const ZJG_PIN = '714825'
/** 李秀兰's PIN as seeded. */
export const LXL_PIN = '258369'

/** A demo client where 张建国 has changed his initial PIN, ready to pay. */
export async function walletClient(): Promise<TestClient> {
  const client = seededClient()
  await changePin(client, '张建国', '000000', ZJG_PIN)
  return client
}

export function transferInput(
  to: PersonaName,
  relation: Relation,
  amount: Fen,
  pin = ZJG_PIN,
): Record<string, unknown> {
  return { psn_name: to, certno: CERT[to], relation, amount, pin }
}

export async function transfer(
  client: TestClient,
  from: PersonaName,
  to: PersonaName,
  relation: Relation,
  amount: Fen,
  pin = ZJG_PIN,
): Promise<OutputOf<'5322'>> {
  return client.ok('5322', { psn_name: to, certno: CERT[to], relation, amount, pin }, { as: from })
}

export async function openWalletFor(client: TestClient, who: PersonaName): Promise<void> {
  await client.ok('9108', { certno: CERT[who] })
}

export async function walletOf(client: TestClient, who: PersonaName): Promise<OutputOf<'5320'>> {
  return client.ok('5320', {}, { as: who })
}

/** Moves the backend clock to a Shanghai wall-clock time, e.g. '2026-11-24T06:00'. */
export function at(client: TestClient, shanghai: string): void {
  client.now = Date.parse(`${shanghai}:00+08:00`)
}
