import { DomainError } from '../../domain/errors'
import { INSU_STATUS_NAMES, isEmployeeInsurance, isHenan } from '../../domain/insurance'
import type { PersonRecord } from '../state/records'

/** S1: only a 职工医保 person, insured normally in Henan, has an account to share. */
export function assertPayerEligible(person: PersonRecord): void {
  if (!isEmployeeInsurance(person.insutype)) throw new DomainError('E_PAYER_NOT_EMPLOYEE')
  if (person.status !== '1') {
    throw new DomainError('E_PAYER_STATUS', { 状态: INSU_STATUS_NAMES[person.status] })
  }
  if (!isHenan(person.admdvs)) throw new DomainError('E_PAYER_OUT_OF_PROVINCE')
}
