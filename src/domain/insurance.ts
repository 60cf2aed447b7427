/** 险种, 参保状态 and 医保区划 (rule book §1). */
export type InsuType = '310' | '390'
export type InsuStatus = '0' | '1' | '2' | '4'

export const INSU_TYPE_NAMES: Record<InsuType, string> = {
  '310': '职工基本医疗保险',
  '390': '城乡居民基本医疗保险',
}

export const INSU_STATUS_NAMES: Record<InsuStatus, string> = {
  '0': '未参保',
  '1': '正常参保',
  '2': '暂停参保',
  '4': '终止参保',
}

export const HENAN_ADMDVS: Record<string, string> = {
  '410100': '郑州市',
  '410200': '开封市',
  '410300': '洛阳市',
  '410400': '平顶山市',
  '410500': '安阳市',
  '410600': '鹤壁市',
  '410700': '新乡市',
  '410800': '焦作市',
  '410900': '濮阳市',
  '411000': '许昌市',
  '411100': '漯河市',
  '411200': '三门峡市',
  '411300': '南阳市',
  '411400': '商丘市',
  '411500': '信阳市',
  '411600': '周口市',
  '411700': '驻马店市',
  '411800': '济源市',
  '419900': '河南省省直',
}

const OTHER_ADMDVS: Record<string, string> = {
  '440100': '广州市',
  '110100': '北京市',
  '310100': '上海市',
}

/** 职工基本医疗保险 (310), the 险种 of a 共济人 (S1) and never a 代缴 payee (P2). */
export function isEmployeeInsurance(insutype: InsuType | null | undefined): boolean {
  return insutype === '310'
}

/** Who has a 个人账户, and so a balance and a payment PIN: the 职工医保 insured. */
export function hasPersonalAccount(insutype: InsuType | null | undefined): boolean {
  return isEmployeeInsurance(insutype)
}

/** Insured at all: a 险种 and a 参保状态 other than 未参保 (a suspended person still counts). */
export function isInsured(person: { insutype: InsuType | null; status: InsuStatus }): boolean {
  return person.insutype !== null && person.status !== '0'
}

export function isInsuStatus(value: unknown): value is InsuStatus {
  return value === '0' || value === '1' || value === '2' || value === '4'
}

export function isHenan(admdvs: string | null | undefined): boolean {
  return typeof admdvs === 'string' && admdvs.startsWith('41')
}

export function isAdmdvs(value: unknown): value is string {
  return typeof value === 'string' && /^\d{6}$/.test(value)
}

export function admdvsName(admdvs: string | null | undefined): string {
  if (!admdvs) return '—'
  return HENAN_ADMDVS[admdvs] ?? OTHER_ADMDVS[admdvs] ?? `医保区划${admdvs}`
}
