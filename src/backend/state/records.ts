/** What the backend stores, one record type per key family (see keys.ts). */
import type { EndedBy, InstType, ItemCategory, LedgerKind } from '../../domain/api'
import type { BindingState } from '../../domain/binding-state'
import type { InsuStatus, InsuType } from '../../domain/insurance'
import type { Relation } from '../../domain/kinship'
import type { Fen } from '../../domain/money'

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
  /** The member (共济支出/代缴) or the 共济人 (共济收入) this entry concerns. */
  party?: string
  setlId?: string
  receiptNo?: string
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

export interface MetaRecord {
  seedVersion: number
  clockOffsetMs: number
  counters: Record<string, number>
  /** Every person in the registry, by certno, in seed order. */
  persons: string[]
}
