/** No keyboard here: the list recycles a fixed pool of row views, so setData stays small. */
export const ROWS_IN_READING_ORDER = false
