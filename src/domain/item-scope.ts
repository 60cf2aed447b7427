import type { InstType, ItemCategory } from './api'
import { DomainError } from './errors'
import type { Policy } from './policy'

/**
 * §5 U1/U2: what personal-account and 共济 money may pay, by the kind of 定点机构 and the item.
 * 诊疗 happens only at hospitals; a pharmacy sells 药品, 医疗器械 and 医用耗材, which hospitals
 * dispense too. 保健品, 生活用品 and 美容 are never payable; 疫苗 only where the policy
 * allows it, and then only at a 医院门诊.
 */
const HOSPITALS: readonly InstType[] = ['医院门诊', '医院住院']
/** U2: a vaccine is given at a clinic; a pharmacy neither sells nor gives one. */
const CLINICS: readonly InstType[] = ['医院门诊']
const EVERY_OUTLET: readonly InstType[] = ['医院门诊', '医院住院', '零售药店']

const PAYABLE_AT: Record<ItemCategory, readonly InstType[]> = {
  诊疗: HOSPITALS,
  药品: EVERY_OUTLET,
  医疗器械: EVERY_OUTLET,
  医用耗材: EVERY_OUTLET,
  疫苗: CLINICS,
  保健品: [],
  生活用品: [],
  美容: [],
}

export function isInScope(
  instType: InstType,
  category: ItemCategory,
  policy: Pick<Policy, 'vaccinesAllowed'>,
): boolean {
  if (category === '疫苗' && !policy.vaccinesAllowed) return false
  return PAYABLE_AT[category].includes(instType)
}

export function assertInScope(
  instType: InstType,
  category: ItemCategory,
  policy: Pick<Policy, 'vaccinesAllowed'>,
): void {
  if (!isInScope(instType, category, policy)) throw new DomainError('E_SCOPE')
}
