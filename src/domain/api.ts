/**
 * The wire contract (河南医保-style envelope). Shared by the backend, the transports and the typed
 * clients; type-only, so an HTTP build carries none of the backend.
 */
import type { BindingState } from './binding-state'
import type { ErrorCode } from './errors'
import type { InsuStatus, InsuType } from './insurance'
import type { Relation } from './kinship'
import type { Fen } from './money'

export interface RequestEnvelope<I = unknown> {
  infno: string
  msgid: string
  inf_time: string
  opter_type: '3'
  token?: string
  input: I
}

export interface AnswerEnvelope<O = unknown> {
  infcode: 0 | -1
  err_code?: ErrorCode
  err_msg?: string
  inf_refmsgid: string
  respond_time: string
  output?: O
}

export type PinState = 'initial' | 'set' | 'locked'
export type Sex = '1' | '2'

export interface PersonInfo {
  psn_name: string
  /** Masked even for oneself: the screen may be seen by others. */
  certno: string
  sex: Sex
  birth_date: string
  age: number
  insutype: InsuType | null
  insutype_name: string
  psn_insu_stas: InsuStatus
  psn_insu_stas_name: string
  insuplc_admdvs: string | null
  insuplc_name: string
  /** 个人账户余额 in 分; null without a personal account (not 310). */
  balc: Fen | null
  pin_state: PinState | null
}

export interface PartyView {
  psn_name: string
  certno: string
  age: number
}

export type EndedBy = 'payer' | 'member' | 'auto'

/** F2: who must confirm a pending binding: the member (16+), or a parent of a member under 16. */
export type Confirmer = 'member' | 'guardian'

export interface BindingView {
  binding_id: string
  payer: PartyView
  member: PartyView
  relation: Relation
  state: BindingState
  /** 分 per calendar year, or null for 不限额. */
  annual_limit: Fen | null
  used_this_year: Fen
  created_at: string
  confirmed_at?: string
  expires_at?: string
  /** Pending bindings only: who must confirm it (F2). */
  confirmer?: Confirmer
  ended_at?: string
  ended_by?: EndedBy
  end_reason?: string
}

export interface FamilyView {
  created_at: string
  bindings: BindingView[]
  max_members: number
  /** Whether this 共济人 can pay with sharing right now (status 1, balance > 0). */
  balc: Fen
  /** R1: what the 共济人 keeps for themselves, and what that leaves members. */
  reserve: ReserveView
}

export type ReserveMode = 'none' | 'amount' | 'percent'

/** R1–R3 as the 共济人 sees it. */
export interface ReserveView {
  mode: ReserveMode
  /** 分 for `amount`, whole percent for `percent`, 0 for `none`. */
  value: number
  /** The reserve right now, 分. */
  amount: Fen
  /** What members' settlements could take now (balance above the reserve), 分. */
  avail: Fen
  /** The sentence the family page shows, e.g. "家人今年最多用到账户资金的70%". */
  sentence: string
}

export interface FamilyGetOutput {
  family: FamilyView | null
  /** S1: why the caller cannot act as 共济人 right now (absent when they can). */
  payer_refusal?: { err_code: ErrorCode; err_msg: string }
}

export interface BindingAddOutput {
  binding: BindingView
  /** S7: e.g. the 共济人's balance is zero, sharing cannot pay until money arrives. */
  warning?: string
}

export interface PayerEntry {
  binding: BindingView
  /** 1-based position in the deduction order. */
  order: number
  /** Why this 共济人 cannot pay right now (suspended, limit reached), if so. */
  blocked_reason?: string
  /** R3: 可用额度, what a settlement could take now; never the 共济人's balance. */
  avail: Fen
}

export interface ManagedMember {
  member: PartyView
  payers: PayerEntry[]
}

export interface MemberPayersOutput {
  own_account: { balc: Fen } | null
  payers: PayerEntry[]
  pending: BindingView[]
  /** O1: the member orders their own list unless under 16. */
  can_set_order: boolean
  /** O1: under-16 children whose order this person (a parent 共济人) may set. */
  managed: ManagedMember[]
}

export interface PremiumMemberOption {
  binding_id: string
  member: PartyView
  relation: Relation
  /** `active`, or `pending`: listed so the 共济人 sees why it cannot be paid for yet. */
  state: BindingState
  payable: boolean
  err_code?: ErrorCode
  err_msg?: string
}

export interface PremiumOptionsOutput {
  year: number
  standard: Fen
  period_start: string
  period_end: string
  open: boolean
  balc: Fen
  /** R2: the 共济人's reserve, so the page warns when a 代缴 goes into it. */
  reserve_amount: Fen
  pin_state: PinState
  members: PremiumMemberOption[]
}

export interface PremiumReceipt {
  receipt_no: string
  year: number
  payee: PartyView
  amount: Fen
  paid_at: string
  balc_after: Fen
  /** R2: the payment went into the 共济人's own 自留金额. */
  warning?: string
}

export type LedgerKind =
  | '划入'
  | '本人消费'
  | '共济支出'
  | '共济收入'
  | '代缴'
  | '退费'
  | '转出至医保钱包'
  | '医保钱包退回'
  | '医保钱包转入'
  | '医保钱包支付'

export interface LedgerRowView {
  id: string
  time: string
  kind: LedgerKind
  /** Signed 分: + into the account, − out of it. */
  amount: Fen
  balc_after: Fen
  /** 'wallet' when the entry moved the 医保钱包 (balc_after is then the wallet's balance). */
  purse?: 'wallet'
  summary: string
  /**
   * The other person an entry concerns, masked as A3 says: the member whose spending it was
   * (共济支出, 代缴, a 共济人's 退费) or the 共济人 (共济收入).
   */
  member?: PartyView
  setl_id?: string
  receipt_no?: string
}

export interface RecordsQueryInput {
  /** 'YYYY-MM-DD' Shanghai dates, both inclusive. */
  from?: string
  to?: string
  /** Only these kinds; absent or empty means every kind. */
  kinds?: LedgerKind[]
  /** Only rows concerning this person (full ID number). */
  member_certno?: string
  /** Only rows concerning the other side of this binding (the app knows binding ids). */
  binding_id?: string
  /** Opaque; from the previous page's next_cursor. */
  cursor?: string
  /** Rows per page, 1–50, default 20. */
  limit?: number
}

export interface RecordsPage {
  rows: LedgerRowView[]
  next_cursor: string | null
}

export type ConsumptionKind = '本人消费' | '共济支出'

/**
 * One 消费记录 row (5314): the caller's own spending as a patient (also when family paid all of
 * it, e.g. a 390 child), or a member's spending paid from the caller's account (共济支出).
 */
export interface ConsumptionRowView {
  id: string
  time: string
  kind: ConsumptionKind
  summary: string
  inst_type?: InstType
  inst_name?: string
  category?: ItemCategory
  /** The settlement's whole 个人负担 amount, 分. */
  total: Fen
  /** What left the caller's own account for it (positive 分, 0 for none). */
  from_account: Fen
  /** 本人消费: what each 共济人 paid, in deduction order (only those who paid). */
  paid_by: { payer: PartyView; amount: Fen }[]
  psn_cash_pay: Fen
  /** 共济支出: the member whose spending it was. */
  member?: PartyView
  /** How much of the settlement has been refunded so far. */
  refunded: Fen
  setl_id?: string
}

export interface ConsumptionPage {
  rows: ConsumptionRowView[]
  next_cursor: string | null
}

export type InstType = '医院门诊' | '医院住院' | '零售药店'
export type ItemCategory =
  '诊疗' | '药品' | '医疗器械' | '医用耗材' | '疫苗' | '保健品' | '生活用品' | '美容'

export interface MulaidLine {
  binding_id: string
  payer: PartyView
  /** 0 when this 共济人 paid nothing; skip_reason says why when money was still owed. */
  amount: Fen
  refunded: Fen
  skip_reason?: string
}

/** acct_pay + wallet_pay + acct_mulaid_pay + psn_cash_pay = amount, always (T2). */
export interface SettlementView {
  setl_id: string
  time: string
  patient: PartyView
  inst_type: InstType
  inst_name: string
  category: ItemCategory
  amount: Fen
  acct_pay: Fen
  /** T1: from the patient's own 医保钱包 (§12), after the own account. */
  wallet_pay: Fen
  wallet_refunded: Fen
  /** Why the patient's own account paid nothing (310 patients only). */
  acct_skip_reason?: string
  acct_mulaid_pay: Fen
  psn_cash_pay: Fen
  /** One line per 共济人 in deduction order. */
  lines: MulaidLine[]
  acct_refunded: Fen
  cash_refunded: Fen
  refunded: Fen
  refundable: Fen
  /**
   * A1: set for a 共济人 who is not the patient. They see only what their own account paid: one
   * line, and amount, acct_mulaid_pay and the refund sums count only that part.
   */
  payer_part_only?: true
}

export interface RecordDetailOutput {
  /** The account entry, when the id names one (every 5313 row; 5314 rows that moved money). */
  row?: LedgerRowView
  /** The settlement with its split, when the row belongs to one. */
  settlement?: SettlementView
}

export interface RefundPart {
  account: 'own' | 'wallet' | 'mulaid' | 'cash'
  binding_id?: string
  payer?: PartyView
  amount: Fen
}

export interface RefundOutput {
  setl_id: string
  amount: Fen
  /** In unwinding order: cash, the last 共济人 … the first, the wallet, own account. */
  parts: RefundPart[]
  refundable_after: Fen
  settlement: SettlementView
}

export interface PersonaEntry {
  login_key: string
  psn_name: string
  certno: string
  summary: string
  /** What the 测试工具 page needs to offer sensible choices (who has an account, who is insured). */
  insutype: InsuType | null
  psn_insu_stas: InsuStatus
  insuplc_admdvs: string | null
  insuplc_name: string
}

export type TransferState = 'pending' | 'accepted' | 'returned'

/** One 医保钱包 transfer (W2–W3), seen by the 共济人 who sent it or the relative it is for. */
export interface TransferView {
  transfer_id: string
  from: PartyView
  to: PartyView
  relation: Relation
  amount: Fen
  state: TransferState
  created_at: string
  /** W3: when a pending transfer goes back (06:00 the next day). */
  due_at: string
  accepted_at?: string
  returned_at?: string
}

/** What is left today of W2's limits for the caller as 共济人. */
export interface WalletRoom {
  max_amount: Fen
  daily_count: number
  daily_left: number
  /** Whether transfers are open right now (not 22:00–06:00). */
  open_now: boolean
  opens_at: string
  closes_at: string
}

/** 5320: the caller's own 医保钱包 and the transfers they sent or receive. */
export interface WalletView {
  opened: boolean
  opened_at?: string
  balc: Fen
  /** The wallet's own movements, newest first (the latest 20). */
  history: LedgerRowView[]
  transfers_out: TransferView[]
  transfers_in: TransferView[]
  room: WalletRoom
  /** The caller's personal account, when they have one (310), to say what a transfer leaves. */
  acct_balc: Fen | null
  /** R2: the caller's reserve, so the page can warn when a transfer goes into it. */
  reserve_amount: Fen
}

export interface WalletTransferOutput {
  transfer: TransferView
  /** R2: the transfer went into the 共济人's own 自留金额. */
  warning?: string
}

export type MessageKind =
  | 'binding_waiting'
  | 'binding_expiring'
  | 'binding_confirmed'
  | 'binding_declined'
  | 'binding_expired'
  | 'binding_withdrawn'
  | 'binding_withdrawn'
  | 'binding_ended'
  | 'binding_started'
  | 'settlement_paid'
  | 'refund_returned'
  | 'premium_paid'
  | 'transfer_arrived'
  | 'transfer_accepted'
  | 'transfer_returned'

/**
 * What a message is about, so tapping it opens that page: a binding id, a transfer id, or for
 * `record` and `receipt` (a 代缴) the account entry's 5315 row id.
 */
export interface MessageLink {
  target: 'binding' | 'record' | 'receipt' | 'transfer'
  id: string
}

export interface MessageView {
  id: string
  time: string
  kind: MessageKind
  title: string
  body: string
  read: boolean
  link?: MessageLink
}

export interface InboxPage {
  messages: MessageView[]
  unread: number
  next_cursor: string | null
}

/** Every transaction: its infno, input and output. The backend's table is keyed by this. */
export interface Api {
  '9001': {
    input: { certno?: string; login_key?: string }
    output: { token: string; person: PersonInfo }
  }
  '9002': { input: Record<string, never>; output: Record<string, never> }
  '1101': { input: Record<string, never>; output: PersonInfo }
  '5301': { input: Record<string, never>; output: FamilyGetOutput }
  '5302': { input: { pledge: boolean }; output: FamilyGetOutput }
  '5303': {
    input: { psn_name: string; certno: string; relation: Relation }
    output: BindingAddOutput
  }
  '5304': { input: { binding_id: string; face_token: string }; output: { binding: BindingView } }
  '5305': { input: { binding_id: string }; output: { binding: BindingView } }
  '5306': { input: { binding_id: string }; output: { binding: BindingView } }
  '5307': {
    input: { binding_id: string; annual_limit: Fen | null }
    output: { binding: BindingView }
  }
  '5308': { input: Record<string, never>; output: MemberPayersOutput }
  '5309': { input: { member_certno?: string; binding_ids: string[] }; output: MemberPayersOutput }
  '5310': { input: Record<string, never>; output: PremiumOptionsOutput }
  '5311': {
    input: { binding_id: string; year: number; amount: Fen; pin: string }
    output: PremiumReceipt
  }
  '5312': {
    input: { old_pin?: string; face_token?: string; new_pin: string }
    output: { pin_state: PinState }
  }
  '5313': { input: RecordsQueryInput; output: RecordsPage }
  '5314': { input: RecordsQueryInput; output: ConsumptionPage }
  '5315': { input: { id: string }; output: RecordDetailOutput }
  '5316': { input: { mode: ReserveMode; value: number }; output: { reserve: ReserveView } }
  '5320': { input: Record<string, never>; output: WalletView }
  '5321': { input: { face_token: string }; output: WalletView }
  '5322': {
    input: { psn_name: string; certno: string; relation: Relation; amount: Fen; pin: string }
    output: WalletTransferOutput
  }
  '5323': { input: { transfer_id: string }; output: { transfer: TransferView; wallet: WalletView } }
  '5330': { input: { cursor?: string; limit?: number }; output: InboxPage }
  '5331': { input: { ids?: string[]; all?: boolean }; output: { unread: number } }
  '9101': { input: { pass?: boolean }; output: { face_token: string; expires_at: string } }
  '2207': {
    /** Patient and credential each by full ID number or by 9106 login_key (exactly one each). */
    input: {
      patient_certno?: string
      patient_login_key?: string
      inst_type: InstType
      category: ItemCategory
      amount: Fen
      credential_certno?: string
      credential_login_key?: string
      /** The 定点机构's name; a typical one per type when absent. */
      inst_name?: string
    }
    output: SettlementView
  }
  '2208': { input: { setl_id: string; amount: Fen }; output: RefundOutput }
  '9102': {
    /** The person by full ID number or by 9106 login_key (exactly one). */
    input: {
      certno?: string
      login_key?: string
      psn_insu_stas?: InsuStatus
      insuplc_admdvs?: string
    }
    output: { ended_binding_ids: string[] }
  }
  '9103': { input: { time: string | null }; output: { now: string; simulated: boolean } }
  '9104': {
    /** The account by full ID number or by 9106 login_key (exactly one). */
    input: { certno?: string; login_key?: string; count: number }
    output: { added: number; balc: Fen }
  }
  '9105': { input: Record<string, never>; output: { damaged_copy?: string } }
  '9106': { input: Record<string, never>; output: { personas: PersonaEntry[] } }
  '9107': {
    input: Record<string, never>
    output: { settlements: SettlementView[]; now: string; simulated: boolean }
  }
  '9108': {
    /** The person by full ID number or by 9106 login_key (exactly one). */
    input: { certno?: string; login_key?: string }
    output: { opened_at: string }
  }
}

export type Infno = keyof Api
export type InputOf<K extends Infno> = Api[K]['input']
export type OutputOf<K extends Infno> = Api[K]['output']
