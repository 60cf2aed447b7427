/**
 * How a date is picked on this platform. WeChat and H5 have the `picker` component with
 * `mode="date"`; Alipay's `picker` has no date mode (Taro marks its date props weapp/h5 only), so
 * the Alipay twin (date-picking.alipay.ts) opens `my.datePicker` instead.
 */
export interface DateRange {
  /** yyyy-MM-dd, as both platforms take and give dates. */
  current: string
  start: string
  end: string
}

export type DatePicking =
  { kind: 'picker-component' } | { kind: 'api'; open: (range: DateRange) => Promise<string | null> }

export const datePicking: DatePicking = { kind: 'picker-component' }
