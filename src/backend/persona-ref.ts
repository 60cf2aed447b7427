import { DomainError } from '../domain/errors'
import { normalizeIdNumber } from '../domain/id-number'
import type { RequestContext } from './context'
import { bad, type Fields, optionalText } from './input'
import { readMeta } from './state/persons'
import { loginKeyOf } from './transactions/session'

/**
 * QA transactions name a person either by full ID number (scripts, the mock server) or by the
 * persona `login_key` of 9106, so the 测试工具 page never needs a full ID number on screen.
 */
export interface PersonRef {
  certno?: string
  login_key?: string
}

/** Reads exactly one of `certnoField` / `keyField`; neither or both is E_BAD_REQUEST. */
export function parsePersonRef(input: Fields, certnoField: string, keyField: string): PersonRef {
  const certno = optionalText(input, certnoField, 18)
  const loginKey = optionalText(input, keyField, 20)
  if ((certno === undefined) === (loginKey === undefined)) throw bad(certnoField)
  return certno === undefined ? { login_key: loginKey } : { certno: normalizeIdNumber(certno) }
}

/** The full ID number the reference names; an unknown login_key is E_NOT_FOUND. */
export function resolvePersonRef(ctx: RequestContext, ref: PersonRef): string {
  if (ref.certno !== undefined) return ref.certno
  const persons = readMeta(ctx).persons
  const index = persons.findIndex((_, i) => loginKeyOf(i) === ref.login_key)
  if (index < 0) throw new DomainError('E_NOT_FOUND')
  return persons[index]
}
