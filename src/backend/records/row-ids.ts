/**
 * Row ids name the account (internal psnNo, never an ID number) and a position in one of its
 * streams: `P0001-17` is ledger entry 17, `P0006-S3` entry 3 of the patient settlement index.
 */
export type RowRef = { psnNo: string; stream: 'ledger' | 'patient'; seq: number }

export function ledgerRowId(psnNo: string, seq: number): string {
  return `${psnNo}-${seq}`
}

export function patientRowId(psnNo: string, seq: number): string {
  return `${psnNo}-S${seq}`
}

const ROW_ID = /^([A-Za-z0-9]{1,20})-(S?)([1-9]\d{0,9})$/

export function parseRowId(id: string): RowRef | null {
  const match = ROW_ID.exec(id)
  if (!match) return null
  return { psnNo: match[1], stream: match[2] === 'S' ? 'patient' : 'ledger', seq: Number(match[3]) }
}
