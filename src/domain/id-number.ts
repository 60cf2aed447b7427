import { isRealDate } from './shanghai-time'

/** GB 11643 居民身份证号 (rule P1). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type IdProblem = 'length' | 'format' | 'birthdate' | 'future' | 'checksum'

export interface IdCheck {
  ok: boolean
  /** Uppercase X, trimmed. */
  normalized: string
  problem?: IdProblem
}

export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase()
}

export function checkDigit(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/** Validates an ID number; `today` ('YYYY-MM-DD') rejects birth dates in the future. */
export function checkIdNumber(raw: string, today: string): IdCheck {
  const normalized = normalizeIdNumber(raw)
  if (normalized.length !== 18) return { ok: false, normalized, problem: 'length' }
  if (!/^\d{17}[\dX]$/.test(normalized)) return { ok: false, normalized, problem: 'format' }
  const birth = birthDateOf(normalized)
  const [y, m, d] = birth.split('-').map(Number)
  if (y < 1890 || !isRealDate(y, m, d)) return { ok: false, normalized, problem: 'birthdate' }
  if (birth > today) return { ok: false, normalized, problem: 'future' }
  if (checkDigit(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, normalized, problem: 'checksum' }
  }
  return { ok: true, normalized }
}

export function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
}

/** '1' male (odd 17th digit), '2' female, as the national 性别 code. */
export function sexOf(idNumber: string): '1' | '2' {
  return Number(idNumber[16]) % 2 === 1 ? '1' : '2'
}

/** 410105196803120315 → 4101**********0315 (rule A3). */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 8) return '*'.repeat(idNumber.length)
  return `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`
}

/** 张建国 → 张*国, 张伟 → 张*, 欧阳娜娜 → 欧**娜 (rule A3, people outside one's family). */
export function maskName(name: string): string {
  const chars = Array.from(name)
  if (chars.length <= 1) return name
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}
