import { DomainError } from '../../domain/errors'
import { INSU_STATUS_NAMES, isHenan, isInsured } from '../../domain/insurance'
import type { PersonRecord } from '../state/records'

/**
 * S3: a 被共济人 must be insured (310 or 390), normally, anywhere in Henan; sharing across Henan
 * 统筹区 is allowed, across provinces it is the national 医保钱包's business.
 */
export function assertMemberEligible(person: PersonRecord): void {
  if (!isInsured(person)) {
    throw new DomainError('E_MEMBER_NOT_INSURED')
  }
  if (person.status !== '1') {
    throw new DomainError('E_MEMBER_STATUS', { 状态: INSU_STATUS_NAMES[person.status] })
  }
  if (!isHenan(person.admdvs)) throw new DomainError('E_MEMBER_OUT_OF_PROVINCE')
}
