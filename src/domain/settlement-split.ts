import { BINDING_STATE_NAMES, type BindingState } from './binding-state'
import { DomainError } from './errors'
import { INSU_STATUS_NAMES, type InsuStatus } from './insurance'
import { type Fen, formatYuanPlain } from './money'

/**
 * O2: who pays a settlement, and T3: how a refund unwinds it. Pure arithmetic on 分; the backend
 * gathers the facts (balances, statuses, limits) and writes the ledger.
 */

/** Why an account paid nothing although money was still owed. */
export type SkipReason =
  | { code: 'own_empty' }
  | { code: 'binding_inactive'; state: BindingState }
  | { code: 'patient_suspended' }
  | { code: 'payer_status'; status: InsuStatus }
  | { code: 'payer_empty' }
  | { code: 'limit_reached'; limit: Fen }
  | { code: 'reserve_reached' }

export function skipReasonText(reason: SkipReason): string {
  switch (reason.code) {
    case 'own_empty':
      return '个人账户暂无余额'
    case 'binding_inactive':
      return `共济关系${BINDING_STATE_NAMES[reason.state]}，不能支付`
    case 'patient_suspended':
      return '就医人参保状态为“暂停参保”，共济账户暂不能支付'
    case 'payer_status':
      return `共济人参保状态为“${INSU_STATUS_NAMES[reason.status]}”，暂不能支付`
    case 'payer_empty':
      return '共济人个人账户暂无余额，暂不能支付'
    case 'limit_reached':
      return `本年度共济限额¥${formatYuanPlain(reason.limit)}已用完`
    case 'reserve_reached':
      return '已达自留金额'
  }
}

export interface PayerCandidate {
  bindingId: string
  payer: string
  bindingState: BindingState
  payerStatus: InsuStatus
  balance: Fen
  /** R1: what the 共济人 keeps (0 when none); members' spending never goes below it. */
  reserve?: Fen
  /** The annual limit, or null for none (or when the policy has no limits). */
  limit: Fen | null
  usedThisYear: Fen
}

export interface SplitInput {
  amount: Fen
  patientStatus: InsuStatus
  /** The patient's own personal account; null for a 390 patient, who has none. */
  ownBalance: Fen | null
  /** The patient's own 医保钱包 (§12); absent without one. */
  walletBalance?: Fen
  /** The patient's 共济人 in deduction order. */
  payers: readonly PayerCandidate[]
}

export interface SplitLine {
  bindingId: string
  payer: string
  amount: Fen
  skip?: SkipReason
}

export interface Split {
  own: Fen
  ownSkip?: SkipReason
  wallet: Fen
  lines: SplitLine[]
  cash: Fen
}

/**
 * T1: own account first (a 310 patient), then the patient's own 医保钱包, then each 共济人 in order,
 * each paying what it can above their reserve (R1); the rest is cash. U4: a suspended patient's own
 * account still pays their own costs; F4: only sharing stops for a suspended side, both ways.
 */
export function splitSettlement(input: SplitInput): Split {
  let remaining = input.amount
  const split: Split = { own: 0, wallet: 0, lines: [], cash: 0 }
  if (input.ownBalance !== null && remaining > 0) {
    if (input.ownBalance <= 0) split.ownSkip = { code: 'own_empty' }
    else split.own = Math.min(remaining, input.ownBalance)
    remaining -= split.own
  }
  split.wallet = Math.max(0, Math.min(remaining, input.walletBalance ?? 0))
  remaining -= split.wallet
  for (const candidate of input.payers) {
    const line: SplitLine = { bindingId: candidate.bindingId, payer: candidate.payer, amount: 0 }
    if (remaining > 0) {
      const skip = payerSkipReason(candidate, input.patientStatus)
      if (skip) line.skip = skip
      else line.amount = Math.min(remaining, availableOf(candidate))
      remaining -= line.amount
    }
    split.lines.push(line)
  }
  split.cash = remaining
  return split
}

/** R3: 可用额度, what a settlement could take from this 共济人: above the reserve, within the limit. */
export function availableOf(candidate: PayerCandidate): Fen {
  return Math.max(0, Math.min(candidate.balance - (candidate.reserve ?? 0), roomOf(candidate)))
}

function roomOf(candidate: PayerCandidate): Fen {
  if (candidate.limit === null) return Number.MAX_SAFE_INTEGER
  return Math.max(0, candidate.limit - candidate.usedThisYear)
}

/** Why a 共济人 would pay nothing now (O2 skips); the member's 5308 view shows the same reason. */
export function payerSkipReason(
  candidate: PayerCandidate,
  patientStatus: InsuStatus,
): SkipReason | undefined {
  if (candidate.bindingState !== 'active') {
    return { code: 'binding_inactive', state: candidate.bindingState }
  }
  if (patientStatus !== '1') return { code: 'patient_suspended' }
  if (candidate.payerStatus !== '1') return { code: 'payer_status', status: candidate.payerStatus }
  if (candidate.balance <= 0) return { code: 'payer_empty' }
  if (candidate.limit !== null && roomOf(candidate) === 0) {
    return { code: 'limit_reached', limit: candidate.limit }
  }
  if (candidate.balance <= (candidate.reserve ?? 0)) return { code: 'reserve_reached' }
  return undefined
}

/** One part of a settlement: what it paid and how much of that came back already. */
export interface PaidPart {
  paid: Fen
  refunded: Fen
}

export interface PaidSettlement {
  own: PaidPart
  /** Absent for a settlement the patient's 医保钱包 had no part in. */
  wallet?: PaidPart
  /** The 共济人 parts in deduction order. */
  lines: readonly PaidPart[]
  cash: PaidPart
}

export interface RefundAllocation {
  cash: Fen
  /** Per 共济人 line, same index as the settlement's lines. */
  lines: Fen[]
  wallet: Fen
  own: Fen
}

const NOTHING_PAID: PaidPart = { paid: 0, refunded: 0 }

export function refundableOf(settlement: PaidSettlement): Fen {
  const left = (part: PaidPart) => part.paid - part.refunded
  return (
    left(settlement.own) +
    left(settlement.wallet ?? NOTHING_PAID) +
    left(settlement.cash) +
    settlement.lines.reduce((s, l) => s + left(l), 0)
  )
}

/**
 * T3: a refund goes back the way the money came, in reverse: cash first, then the last 共济人 to
 * the first, then the patient's 医保钱包, the patient's own account last. More than is still refundable is E_REFUND_EXCEEDS.
 */
export function unwindRefund(settlement: PaidSettlement, amount: Fen): RefundAllocation {
  const refundable = refundableOf(settlement)
  if (amount > refundable) {
    throw new DomainError('E_REFUND_EXCEEDS', { 可退: formatYuanPlain(refundable) })
  }
  let remaining = amount
  const take = (part: PaidPart): Fen => {
    const taken = Math.min(remaining, part.paid - part.refunded)
    remaining -= taken
    return taken
  }
  const cash = take(settlement.cash)
  const lines = settlement.lines.map(() => 0)
  for (let i = settlement.lines.length - 1; i >= 0; i -= 1) lines[i] = take(settlement.lines[i])
  const wallet = take(settlement.wallet ?? NOTHING_PAID)
  const own = take(settlement.own)
  return { cash, lines, wallet, own }
}
