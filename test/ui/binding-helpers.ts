import { fireEvent, waitFor } from '@testing-library/react'

import type { AnswerEnvelope, Infno, InputOf, OutputOf } from '../../src/domain/api'
import type { ErrorCode } from '../../src/domain/errors'
import { formatErrorMessage } from '../../src/domain/errors'
import { CERT, type PersonaName } from '../helpers/backend-client'
import type { TestApp } from './render-page'

let counter = 0

/**
 * Sets the scene through real envelopes on the app's own backend, as another device would,
 * without touching the app's session: `await act(app, '李秀兰', '5302', { pledge: true })`.
 */
export async function act<K extends Infno>(
  app: TestApp,
  name: PersonaName,
  infno: K,
  input: InputOf<K>,
): Promise<OutputOf<K>> {
  const login = await send(app, '9001', { certno: CERT[name] })
  return send(app, infno, input, login.token)
}

async function send<K extends Infno>(
  app: TestApp,
  infno: K,
  input: InputOf<K>,
  token?: string,
): Promise<OutputOf<K>> {
  counter += 1
  const answer = (await app.backend.handle({
    infno,
    msgid: `scene-${counter}`,
    inf_time: '2026-11-23T14:05:00+08:00',
    opter_type: '3',
    token,
    input,
  })) as AnswerEnvelope<OutputOf<K>>
  if (answer.infcode !== 0) throw new Error(`${infno}: ${answer.err_code} ${answer.err_msg}`)
  return answer.output as OutputOf<K>
}

/** 张建国's family with members added by the rules' own transactions. */
export async function familyOf(
  app: TestApp,
  payer: PersonaName,
  members: [PersonaName, InputOf<'5303'>['relation']][] = [],
): Promise<string[]> {
  await act(app, payer, '5302', { pledge: true })
  const ids: string[] = []
  for (const [name, relation] of members) {
    const { binding } = await act(app, payer, '5303', {
      psn_name: name,
      certno: CERT[name],
      relation,
    })
    ids.push(binding.binding_id)
  }
  return ids
}

/** The member confirms on their own device: their face check, then 5304. */
export async function confirmAs(app: TestApp, member: PersonaName, bindingId: string) {
  const login = await send(app, '9001', { certno: CERT[member] })
  const { face_token } = await send(app, '9101', { pass: true }, login.token)
  await send(app, '5304', { binding_id: bindingId, face_token }, login.token)
}

export function sent(app: TestApp, infno: Infno): number {
  return app.transport.sent.filter((request) => request.infno === infno).length
}

export function failure(code: ErrorCode): AnswerEnvelope {
  return {
    infcode: -1,
    err_code: code,
    err_msg: formatErrorMessage(code),
    inf_refmsgid: '',
    respond_time: '',
  }
}

export function el(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector)
  if (!found) throw new Error(`no ${selector} in ${document.body.innerHTML.slice(0, 2000)}`)
  return found
}

export function tap(selector: string): void {
  fireEvent.click(el(selector))
}

export function type(selector: string, value: string): void {
  fireEvent.change(el(selector), { target: { value } })
}

export async function shows(selector: string): Promise<HTMLElement> {
  await waitFor(() => el(selector))
  return el(selector)
}
