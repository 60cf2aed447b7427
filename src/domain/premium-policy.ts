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

export function findPremiumYear(
  years: readonly PremiumYear[],
  year: number,
): PremiumYear | undefined {
  return years.find((y) => y.year === year)
}

/**
 * The year a citizen is shown on `date`: the one being collected; between periods the next one to
 * open (so they know when to come back); after the last period the last one. Undefined only for
 * an empty policy table.
 */
export function premiumYearOn(
  years: readonly PremiumYear[],
  date: DateString,
): PremiumYearOnDate | undefined {
  const open = years.find((y) => isInPeriod(y, date))
  if (open) return { premiumYear: open, open: true }
  const upcoming = years
    .filter((y) => y.periodStart > date)
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))[0]
  const latest = [...years].sort((a, b) => b.year - a.year)[0]
  const shown = upcoming ?? latest
  return shown ? { premiumYear: shown, open: false } : undefined
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
 * D2: only a year whose period is open on `today` can be paid. A year the policy table does not
 * know was never offered by 5310, so it is a malformed request rather than a closed period.
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

/** D1: a newborn is excluded during the calendar year they were born in. */
export function isNewbornOn(birthDate: DateString, today: DateString): boolean {
  return birthDate.slice(0, 4) === today.slice(0, 4)
}
