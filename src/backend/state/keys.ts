/** Storage keys, one family per record type. Ledger pages are sharded so no key grows forever. */
export const LEDGER_PAGE_SIZE = 100

export const keys = {
  meta: 'meta',
  person: (certno: string) => `psn:${certno}`,
  family: (certno: string) => `fam:${certno}`,
  binding: (id: string) => `bnd:${id}`,
  member: (certno: string) => `mbr:${certno}`,
  ledgerPage: (psnNo: string, page: number) => `led:${psnNo}:${page}`,
  /** One chunk of the sequence numbers of a ledger index term (ledger-index.ts). */
  ledgerIndexChunk: (psnNo: string, term: string, chunk: number) => `lix:${psnNo}:${term}:${chunk}`,
  settlement: (id: string) => `setl:${id}`,
  /** A patient's settlements that left no entry in their own ledger, paged like the ledger. */
  patientSettlementPage: (psnNo: string, page: number) => `pset:${psnNo}:${page}`,
  premium: (receiptNo: string) => `prem:${receiptNo}`,
  /** Sessions are found by the hash of their token: the store never holds a usable token. */
  session: (tokenHash: string) => `ses:${tokenHash}`,
  sessionIndex: 'sesidx',
  sessionShard: (day: string, shard: number) => `sesday:${day}:${shard}`,
  wallet: (certno: string) => `wal:${certno}`,
  walletSender: (certno: string) => `wsnd:${certno}`,
  transfer: (id: string) => `wtr:${id}`,
  transfersDue: 'wdue',
  inbox: (psnNo: string) => `ibx:${psnNo}`,
  inboxPage: (psnNo: string, page: number) => `ibxp:${psnNo}:${page}`,
  faceToken: (token: string) => `face:${token}`,
  faceTokenIndex: 'faceidx',
  faceTokenShard: (day: string, shard: number) => `faceday:${day}:${shard}`,
  /** A msgid belongs to its caller: `scope` is the caller's certno, or a fixed word. */
  idempotency: (scope: string, msgid: string) => `msg:${scope}:${msgid}`,
  idempotencyIndex: 'msgidx',
  idempotencyShard: (day: string, shard: number) => `msgday:${day}:${shard}`,
}

/** Sessions, face tokens, msgid answers and their expiry lists: bookkeeping, not business. */
export function isBookkeepingKey(key: string): boolean {
  return /^(ses|sesidx$|sesday:|face|msg)/.test(key)
}

export function ledgerPageOf(seq: number): number {
  return Math.floor((seq - 1) / LEDGER_PAGE_SIZE)
}
