/** What the backend stores, one record type per key family (see keys.ts). */
import type {
  EndedBy,
  InstType,
  ItemCategory,
  LedgerKind,
  MessageKind,
  MessageLink,
  TransferState,
} from '../../domain/api'
import type { BindingState } from '../../domain/binding-state'
import type { InsuStatus, InsuType } from '../../domain/insurance'
import type { Relation } from '../../domain/kinship'
import type { Fen } from '../../domain/money'
import type { ReserveRule } from '../../domain/reserve'

export interface PinRecord {
  /** 'pbkdf2-sha256$iterations$salt$hash' (pin-hash.ts); never the PIN itself. */
  hash: string
  /** K1: the initial PIN must be changed before any payment. */
  initial: boolean
  failures: number
  /** Epoch ms until which payment is locked (K2), or null. */
  lockedUntil: number | null
}

export interface PersonRecord {
  /** Internal account number; ledger keys and row ids use it so no ID number leaks into ids. */
  psnNo: string
  name: string
  certno: string
  insutype: InsuType | null
  status: InsuStatus
  admdvs: string | null
  balance: Fen
  parents: string[]
  spouse?: string
  subsidised: boolean
  premiumsPaid: number[]
  pin?: PinRecord
  ledgerCount: number
  /** Entries per ledger index term (ledger-index.ts); absent: a ledger stored before the index. */
  ledgerIndex?: Record<string, number>
  /** Entries in the patient settlement index (keys.patientSettlementPage); absent means 0. */
  patientSettlementCount?: number
  /** R1: the 自留金额 rule; absent means none. */
  reserve?: ReserveRule
}

export interface FamilyRecord {
  payer: string
  createdAt: number
  bindingIds: string[]
}

export interface BindingRecord {
  id: string
  payer: string
  member: string
  relation: Relation
  state: BindingState
  createdAt: number
  confirmedAt?: number
  expiresAt?: number
  endedAt?: number
  endedBy?: EndedBy
  endReason?: string
  limit: Fen | null
  /** N1: the member was told that the pending request expires within 24 h. */
  expiryNoticed?: boolean
  /** 分 paid through this binding per calendar year, e.g. { '2026': 10000 }. */
  used: Record<string, Fen>
}

export interface MemberRecord {
  certno: string
  /** Every binding this person was ever the member of (history is kept). */
  bindingIds: string[]
  /** Active bindings in deduction order (O1). */
  order: string[]
}

export interface LedgerEntry {
  seq: number
  time: number
  kind: LedgerKind
  amount: Fen
  balance: Fen
  summary: string
  /** W1: the entry moved the 医保钱包, not the personal account; `balance` is the wallet's. */
  purse?: 'wallet'
  /** The member (共济支出/代缴) or the 共济人 (共济收入) this entry concerns. */
  party?: string
  setlId?: string
  receiptNo?: string
  transferId?: string
}

export interface SettlementPart {
  bindingId: string
  payer: string
  amount: Fen
  refunded: Fen
  skipReason?: string
}

/** One entry of a patient's settlement index: a settlement their own account paid nothing of. */
export interface PatientSettlementEntry {
  seq: number
  time: number
  setlId: string
}

export interface SettlementRecord {
  id: string
  time: number
  patient: string
  instType: InstType
  instName: string
  category: ItemCategory
  amount: Fen
  own: Fen
  ownRefunded: Fen
  ownSkipReason?: string
  /** T1: from the patient's 医保钱包; absent on settlements older than the wallet. */
  wallet?: Fen
  walletRefunded?: Fen
  parts: SettlementPart[]
  cash: Fen
  cashRefunded: Fen
}

export interface PremiumRecord {
  receiptNo: string
  year: number
  payer: string
  payee: string
  bindingId: string
  amount: Fen
  paidAt: number
  balanceAfter: Fen
}

export interface SessionRecord {
  certno: string
  /** Host clock (no QA offset), epoch ms: sessions age in real time. */
  createdAt: number
  lastSeenAt: number
}

export interface FaceTokenRecord {
  certno: string
  expiresAt: number
}

export interface IdempotencyRecord {
  fingerprint: string
  answer: unknown
}

/** W1: a person's own 医保钱包 (keys.wallet). */
export interface WalletRecord {
  certno: string
  openedAt: number
  balance: Fen
  /** Transfers ever sent to this wallet, oldest first. */
  incoming: string[]
}

/** W2: what one 共济人 has sent (keys.walletSender); kept whether or not they own a wallet. */
export interface WalletSenderRecord {
  certno: string
  /** The Shanghai day `count` is for ('YYYY-MM-DD'). */
  day: string
  count: number
  outgoing: string[]
}

export interface TransferRecord {
  id: string
  from: string
  to: string
  relation: Relation
  amount: Fen
  state: TransferState
  createdAt: number
  dueAt: number
  acceptedAt?: number
  returnedAt?: number
}

/** W3: pending transfers by due time, so the 06:00 return needs one read per request. */
export interface TransferDue {
  id: string
  dueAt: number
}

/** N2: one person's inbox (keys.inbox); messages live in pages like the ledger. */
export interface InboxRecord {
  count: number
  unread: number
  /** "全部已读": every message up to this seq is read without rewriting its page. */
  readUpTo: number
}

export interface MessageRecord {
  seq: number
  time: number
  kind: MessageKind
  title: string
  body: string
  read: boolean
  link?: MessageLink
}

export interface MetaRecord {
  seedVersion: number
  clockOffsetMs: number
  counters: Record<string, number>
  /** Every person in the registry, by certno, in seed order. */
  persons: string[]
}
