import { DomainError } from '../../domain/errors'
import { checkIdNumber } from '../../domain/id-number'
import { shanghaiDate } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { findPerson } from '../state/persons'
import type { PersonRecord } from '../state/records'

/**
 * P1, P3 and S4 (self): the member named on the form must be a valid ID number the registry knows
 * under exactly that name, and not the 共济人 themself. An unknown ID gets the same answer as a
 * wrong name, so the form cannot be used to probe the registry.
 */
export function identifyMember(
  ctx: RequestContext,
  payerCertno: string,
  name: string,
  rawCertno: string,
): PersonRecord {
  const check = checkIdNumber(rawCertno, shanghaiDate(ctx.now))
  if (!check.ok) throw new DomainError('E_ID_INVALID')
  const person = findPerson(ctx, check.normalized)
  if (!person || person.name !== name.trim()) throw new DomainError('E_NAME_MISMATCH')
  if (person.certno === payerCertno) throw new DomainError('E_SELF')
  return person
}
