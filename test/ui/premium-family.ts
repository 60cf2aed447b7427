import { fireEvent } from '@testing-library/react'

import type { AnswerEnvelope, RequestEnvelope } from '../../src/domain/api'
import type { Relation } from '../../src/domain/kinship'
import { CERT, type PersonaName } from '../helpers/backend-client'
import { createTestApp, type TestApp } from './render-page'

export interface ZhangApp extends TestApp {
  /** 张建国's binding ids by member. */
  ids: { 张浩然: string; 王桂芝: string; 张小满: string }
}

/**
 * 张建国's family as the story builds it through 5301–5309: he creates the family and binds 张浩然
 * (12, active at once), 王桂芝 (母亲, 2027 already paid; she confirms with her face) and 张小满
 * (孙子女, newborn). Ends logged in as 张建国 with nothing in `transport.sent`.
 */
export async function zhangApp(): Promise<ZhangApp> {
  const app = createTestApp()
  const family = app.store.services.family
  await app.loginAs('张建国')
  await family.createFamily()
  const add = async (name: PersonaName, relation: Relation) =>
    (await family.addMember({ psn_name: name, certno: CERT[name], relation })).binding
  const son = await add('张浩然', '子女')
  const mother = await add('王桂芝', '母亲')
  const grandson = await add('张小满', '孙子女')
  await app.loginAs('王桂芝')
  await family.confirm(mother.binding_id, await family.faceToken(true))
  await app.loginAs('张建国')
  app.transport.sent.length = 0
  return {
    ...app,
    ids: { 张浩然: son.binding_id, 王桂芝: mother.binding_id, 张小满: grandson.binding_id },
  }
}

export async function changeInitialPin(app: TestApp, newPin = '258147'): Promise<void> {
  const premium = app.store.services.premium
  await premium.changePin({ old_pin: '000000', new_pin: newPin }, premium.newMsgid())
  await app.store.session.refresh()
  app.transport.sent.length = 0
}

/** Taps the keypad's keys, one per digit. */
export function typePin(pin: string): void {
  for (const digit of pin) tap(`#pin-key-${digit}`)
}

export function tap(selector: string): void {
  const element = document.querySelector(selector)
  if (!element) throw new Error(`nothing at ${selector}`)
  fireEvent.click(element)
}

export function sentOf(app: TestApp, infno: string): RequestEnvelope[] {
  return app.transport.sent.filter((r) => r.infno === infno)
}

export function failure(code: string, message: string): AnswerEnvelope {
  return {
    infcode: -1,
    err_code: code as AnswerEnvelope['err_code'],
    err_msg: message,
    inf_refmsgid: '',
    respond_time: '',
  }
}
