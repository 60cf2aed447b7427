/**
 * Whether a windowed list keeps its rows in reading order. This file serves H5, where Tab and a
 * screen reader follow the document order: rows are keyed by their index, so the next row down
 * is always the next element. Mini-programs have no Tab, and there a recycled, fixed pool keeps
 * each setData to the rows that changed (the .weapp.ts and .alipay.ts twins).
 */
export const ROWS_IN_READING_ORDER = true
