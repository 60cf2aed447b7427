/**
 * Calendar arithmetic in Asia/Shanghai (UTC+8, no daylight saving) with the standard library only,
 * so the rules never depend on the device's time zone.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** A calendar date as 'YYYY-MM-DD'. */
export type DateString = string

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

export function shanghaiDate(epochMs: number): DateString {
  const d = new Date(epochMs + OFFSET_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

export function shanghaiYear(epochMs: number): number {
  return new Date(epochMs + OFFSET_MS).getUTCFullYear()
}

/** ISO 8601 with the +08:00 offset, as the wire format requires: 2026-11-23T14:05:00+08:00 */
export function toIsoShanghai(epochMs: number): string {
  const d = new Date(epochMs + OFFSET_MS)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`
  )
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/

/** Parses 'YYYY-MM-DD' or ISO 8601; a time without an offset is read as Shanghai time. */
export function parseIsoTime(text: string): number | null {
  const m = ISO_PATTERN.exec(text)
  if (!m) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = m
  if (!isRealDate(Number(y), Number(mo), Number(d))) return null
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null
  let offsetMs = OFFSET_MS
  if (zone === 'Z') offsetMs = 0
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1
    offsetMs = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60 * 1000
  }
  const utc = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(ms.padEnd(3, '0')),
  )
  return utc - offsetMs
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** The first instant of the next Shanghai calendar day after the given instant. */
export function startOfNextShanghaiDay(epochMs: number): number {
  const local = epochMs + OFFSET_MS
  return Math.floor(local / DAY_MS) * DAY_MS + DAY_MS - OFFSET_MS
}

/** The first instant of the Shanghai calendar day given as 'YYYY-MM-DD'. */
export function startOfShanghaiDate(date: DateString): number | null {
  return parseIsoTime(date)
}

export function addDays(epochMs: number, days: number): number {
  return epochMs + days * DAY_MS
}

/** Whole years between a birth date and a date, both 'YYYY-MM-DD' (P2: 16 on the 16th birthday). */
export function ageOn(birthDate: DateString, on: DateString): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [y, m, d] = on.split('-').map(Number)
  let age = y - by
  if (m < bm || (m === bm && d < bd)) age -= 1
  return age
}
