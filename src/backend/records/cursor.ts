import { bad } from '../input'

/**
 * Cursors hold, per stream, the sequence number the next page starts below. Rows are appended
 * with higher numbers, so a new row never shifts a page already handed out.
 */
export interface StreamPositions {
  ledger: number
  patient: number
}

const CHANGES = /^L(\d{1,10})$/
const CONSUMPTION = /^L(\d{1,10})S(\d{1,10})$/

export function changesCursor(ledgerBefore: number): string {
  return `L${ledgerBefore}`
}

export function consumptionCursor(at: StreamPositions): string {
  return `L${at.ledger}S${at.patient}`
}

/** Where a 5313 page starts: below `before`, or from the newest entry without a cursor. */
export function readChangesCursor(cursor: string | undefined, newest: number): number {
  if (cursor === undefined) return newest + 1
  const match = CHANGES.exec(cursor)
  if (!match) throw bad('cursor')
  return Number(match[1])
}

export function readConsumptionCursor(
  cursor: string | undefined,
  newest: StreamPositions,
): StreamPositions {
  if (cursor === undefined) return { ledger: newest.ledger + 1, patient: newest.patient + 1 }
  const match = CONSUMPTION.exec(cursor)
  if (!match) throw bad('cursor')
  return { ledger: Number(match[1]), patient: Number(match[2]) }
}
