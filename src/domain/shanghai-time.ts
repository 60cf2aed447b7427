import dayjs, { type Dayjs } from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(customParseFormat)

/**
 * Calendar work in Asia/Shanghai through dayjs. Shanghai is UTC+8 all year (no daylight saving),
 * so every instant is moved by the fixed offset and read in UTC mode: nothing depends on the
 * device's time zone or on Intl, which mini-program engines do not all have. Text is parsed with
 * explicit formats only (iOS rejects free-form dates such as 'YYYY-MM-DD HH:mm').
 */
const OFFSET_MINUTES = 8 * 60

/** A calendar date as 'YYYY-MM-DD'. */
export type DateString = string

const DATE = 'YYYY-MM-DD'
/** The wire format, with the fixed offset written out: 2026-11-23T14:05:00+08:00 */
const WIRE = 'YYYY-MM-DD[T]HH:mm:ss[+08:00]'
/** What parseIsoTime reads before the zone: a date, or a date and time to the minute or finer. */
const LOCAL_FORMATS = [
  DATE,
  'YYYY-MM-DD[T]HH:mm',
  'YYYY-MM-DD[T]HH:mm:ss',
  'YYYY-MM-DD[T]HH:mm:ss.SSS',
]
/** ISO allows 1–3 fraction digits; dayjs formats milliseconds only as three (SSS). */
const SHORT_FRACTION = /\.(\d{1,2})$/
const ZONE = /(Z|([+-])(\d{2}):(\d{2}))$/

/** The instant as a wall-clock reading in Shanghai (a UTC-mode Dayjs shifted by +08:00). */
function inShanghai(epochMs: number): Dayjs {
  return dayjs.utc(epochMs).add(OFFSET_MINUTES, 'minute')
}

/** A Shanghai (or given-offset) wall-clock reading back to the instant. */
function fromWallClock(wallClock: Dayjs, offsetMinutes: number): number {
  return wallClock.subtract(offsetMinutes, 'minute').valueOf()
}

export function shanghaiDate(epochMs: number): DateString {
  return inShanghai(epochMs).format(DATE)
}

export function shanghaiYear(epochMs: number): number {
  return inShanghai(epochMs).year()
}

/** ISO 8601 with the +08:00 offset, as the wire format requires: 2026-11-23T14:05:00+08:00 */
export function toIsoShanghai(epochMs: number): string {
  return inShanghai(epochMs).format(WIRE)
}

/** Parses 'YYYY-MM-DD' or ISO 8601; a time without an offset is read as Shanghai time. */
export function parseIsoTime(text: string): number | null {
  const zone = ZONE.exec(text)
  const withZone = zone && text.includes('T') ? text.slice(0, zone.index) : text
  const local = withZone.replace(SHORT_FRACTION, (_, digits: string) => `.${digits.padEnd(3, '0')}`)
  const wallClock = LOCAL_FORMATS.map((format) => dayjs.utc(local, format, true)).find((d) =>
    d.isValid(),
  )
  if (!wallClock) return null
  if (!zone || withZone === text) return fromWallClock(wallClock, OFFSET_MINUTES)
  if (zone[1] === 'Z') return wallClock.valueOf()
  const sign = zone[2] === '-' ? -1 : 1
  return fromWallClock(wallClock, sign * (Number(zone[3]) * 60 + Number(zone[4])))
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || year < 1000 || year > 9999) return false
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return dayjs.utc(text, DATE, true).isValid()
}

/** The first instant of the next Shanghai calendar day after the given instant. */
export function startOfNextShanghaiDay(epochMs: number): number {
  return fromWallClock(inShanghai(epochMs).startOf('day').add(1, 'day'), OFFSET_MINUTES)
}

/** The first instant of the Shanghai calendar day given as 'YYYY-MM-DD'. */
export function startOfShanghaiDate(date: DateString): number | null {
  const wallClock = dayjs.utc(date, DATE, true)
  return wallClock.isValid() ? fromWallClock(wallClock, OFFSET_MINUTES) : null
}

export function addDays(epochMs: number, days: number): number {
  return dayjs.utc(epochMs).add(days, 'day').valueOf()
}

/** Whole years between a birth date and a date, both 'YYYY-MM-DD' (P2: 16 on the 16th birthday). */
export function ageOn(birthDate: DateString, on: DateString): number {
  const birth = dayjs.utc(birthDate, DATE, true)
  const day = dayjs.utc(on, DATE, true)
  const years = day.year() - birth.year()
  // Before this year's birthday (a 29 February birthday comes on 1 March in other years).
  return day.format('MM-DD') < birth.format('MM-DD') ? years - 1 : years
}

/** A whole hour of the Shanghai day as it is written in rules and messages: 6 → '06:00'. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`
}
