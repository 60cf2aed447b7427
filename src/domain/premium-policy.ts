/**
 * 代缴 rules that need no state (rule book §7 D1–D2): which 城乡居民医保 year is collected on a
 * date, its standard, and who counts as a newborn. Dates are Shanghai calendar days.
 */
import { DomainError } from './errors'
import { type Fen, formatYuanPlain } from './money'
import type { PremiumYear } from './policy'
import type { DateString } from './shanghai-time'

export interface PremiumYearOnDate {
  premiumYear: PremiumYear
  /** Whether `date` lies inside its collection period. */
  open: boolean
}

/** D2: the period runs from its first to its last day, both included. */
export function isInPeriod(premiumYear: PremiumYear, date: DateString): boolean {
  return premiumYear.periodStart <= date && date <= premiumYear.periodEnd
}

/**
 * D2: the table never runs out. A listed year is used as listed; a year after the last listed one
 * is collected from (Y−1)-09-01 to (Y−1)-12-31 at the latest listed standard. A year before the
 * table (or an empty table) has no entry.
 */
export function findPremiumYear(
  years: readonly PremiumYear[],
  year: number,
): PremiumYear | undefined {
  const listed = years.find((y) => y.year === year)
  if (listed) return listed
  const latest = latestListed(years)
  if (!latest || year < latest.year) return undefined
  return {
    year,
    periodStart: `${year - 1}-09-01`,
    periodEnd: `${year - 1}-12-31`,
    standard: latest.standard,
  }
}

function latestListed(years: readonly PremiumYear[]): PremiumYear | undefined {
  return [...years].sort((a, b) => b.year - a.year)[0]
}

/**
 * The year a citizen is shown on `date`: the one being collected; between periods the next one to
 * open (so they know when to come back). Rolled years (findPremiumYear) mean there always is a
 * next one. Undefined only for an empty policy table.
 */
export function premiumYearOn(
  years: readonly PremiumYear[],
  date: DateString,
): PremiumYearOnDate | undefined {
  const latest = latestListed(years)
  if (!latest) return undefined
  const calendarYear = Number(date.slice(0, 4))
  const rolled = [calendarYear, calendarYear + 1, calendarYear + 2]
    .filter((year) => year > latest.year)
    .map((year) => findPremiumYear(years, year))
    .filter((y): y is PremiumYear => y !== undefined)
  const candidates = [...years, ...rolled]
  const open = candidates.find((y) => isInPeriod(y, date))
  if (open) return { premiumYear: open, open: true }
  const upcoming = candidates
    .filter((y) => y.periodStart > date)
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))[0]
  return { premiumYear: upcoming ?? latest, open: false }
}

/** '2027年度', as every 代缴 message names a year. */
export function yearLabel(year: number): string {
  return `${year}年度`
}

/** '2026-09-01' → '2026年9月1日': the way a citizen reads a date in a message. */
export function chineseDate(date: DateString): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export function outOfPeriodError(premiumYear: PremiumYear): DomainError {
  return new DomainError('E_OUT_OF_PERIOD', {
    年度: yearLabel(premiumYear.year),
    起: chineseDate(premiumYear.periodStart),
    止: chineseDate(premiumYear.periodEnd),
  })
}

/**
 * D2: only a year whose period is open on `today` can be paid. A year before the policy table was
 * never offered by 5310, so it is a malformed request rather than a closed period.
 */
export function assertYearOpen(
  years: readonly PremiumYear[],
  year: number,
  today: DateString,
): PremiumYear {
  const premiumYear = findPremiumYear(years, year)
  if (!premiumYear) throw new DomainError('E_BAD_REQUEST', { 字段: 'year' })
  if (!isInPeriod(premiumYear, today)) throw outOfPeriodError(premiumYear)
  return premiumYear
}

/** D2: the amount is the standard exactly; there is no partial or extra payment. */
export function assertStandardAmount(premiumYear: PremiumYear, amount: Fen): void {
  if (amount !== premiumYear.standard) {
    throw new DomainError('E_AMOUNT', {
      年度: yearLabel(premiumYear.year),
      标准: formatYuanPlain(premiumYear.standard),
    })
  }
}

/**
 * D1: a newborn is excluded for the premium year of their birth (the year paid for, not today's
 * year): a baby born in 2026 can be paid for 2027年度 during the 2026 collection period.
 */
export function isNewbornFor(birthDate: DateString, premiumYear: number): boolean {
  return Number(birthDate.slice(0, 4)) >= premiumYear
}
