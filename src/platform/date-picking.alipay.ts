/// <reference types="@mini-types/my" />
import type { DatePicking, DateRange } from './date-picking'

export type { DatePicking, DateRange } from './date-picking'

/** my.datePicker's error when the citizen closes it without choosing (Alipay open docs). */
const CANCELLED = 11

/**
 * my.datePicker({ format, currentDate, startDate, endDate }) answers `{ date }`, or fails with
 * `{ error: 11 }` when cancelled; the picked date is null then. Any other failure is reported.
 */
function open(range: DateRange): Promise<string | null> {
  return new Promise((resolve, reject) => {
    my.datePicker({
      format: 'yyyy-MM-dd',
      currentDate: range.current,
      startDate: range.start,
      endDate: range.end,
      success: ({ date }) => resolve(date),
      fail: (err) => {
        if (err.error === CANCELLED) resolve(null)
        else reject(new Error(`my.datePicker failed: ${err.error ?? ''} ${err.errorMessage ?? ''}`))
      },
    })
  })
}

export const datePicking: DatePicking = { kind: 'api', open }
