/** Storage keys, one family per record type. Ledger pages are sharded so no key grows forever. */
export const LEDGER_PAGE_SIZE = 100

export const keys = {
  meta: 'meta',
  person: (certno: string) => `psn:${certno}`,
  family: (certno: string) => `fam:${certno}`,
  binding: (id: string) => `bnd:${id}`,
  member: (certno: string) => `mbr:${certno}`,
  ledgerPage: (psnNo: string, page: number) => `led:${psnNo}:${page}`,
  settlement: (id: string) => `setl:${id}`,
  /** A patient's settlements that left no entry in their own ledger, paged like the ledger. */
  patientSettlementPage: (psnNo: string, page: number) => `pset:${psnNo}:${page}`,
  premium: (receiptNo: string) => `prem:${receiptNo}`,
  session: (token: string) => `ses:${token}`,
  faceToken: (token: string) => `face:${token}`,
  idempotency: (msgid: string) => `msg:${msgid}`,
  idempotencyIndex: 'msgidx',
  idempotencyShard: (day: string, shard: number) => `msgday:${day}:${shard}`,
}

export function ledgerPageOf(seq: number): number {
  return Math.floor((seq - 1) / LEDGER_PAGE_SIZE)
}
