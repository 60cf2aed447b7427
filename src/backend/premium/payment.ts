import type { PremiumReceipt } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import { type Fen, formatYuanPlain } from '../../domain/money'
import { assertStandardAmount, assertYearOpen, yearLabel } from '../../domain/premium-policy'
import { shanghaiDate } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { tellPremiumPaid } from '../inbox/notices'
import { assertPinChanged, verifyAccountPin } from '../pin/payment-pin'
import { ledgerRowId } from '../records/row-ids'
import { intoReserveWarning } from '../reserve/account-reserve'
import { keys } from '../state/keys'
import { appendLedger } from '../state/ledger'
import { nextNumber, requirePerson, savePerson } from '../state/persons'
import type { PersonRecord, PremiumRecord } from '../state/records'
import { iso, partyView } from '../views'
import {
  assertNotPaid,
  assertPayeeInsurable,
  requirePayeeBinding,
  requirePremiumPayer,
} from './eligibility'

export interface PremiumPayment {
  bindingId: string
  year: number
  amount: Fen
  pin: string
}

/** D3: the account must cover the whole premium. */
function assertBalanceCovers(payer: PersonRecord, amount: Fen): void {
  if (payer.balance < amount) {
    throw new DomainError('E_BALANCE', {
      余额: formatYuanPlain(payer.balance),
      金额: formatYuanPlain(amount),
    })
  }
}

/** 流水号: DJ + the Shanghai date + a running number, e.g. DJ20261123000001. */
function nextReceiptNo(ctx: RequestContext): string {
  const day = shanghaiDate(ctx.now).replace(/-/g, '')
  return `DJ${day}${String(nextNumber(ctx, 'premium')).padStart(6, '0')}`
}

/**
 * 5311 (§7 D1–D4). Everything about the payee, the year and the money is judged before the PIN,
 * so a wrong PIN is only ever counted for a payment that could otherwise go through. 代缴 is the
 * 共济人 paying from their own account by their own decision, so it does not count toward the
 * binding's annual limit, which governs what the member spends.
 */
export function payPremium(ctx: RequestContext, payment: PremiumPayment): PremiumReceipt {
  const payer = requirePremiumPayer(ctx)
  const binding = requirePayeeBinding(ctx, payer, payment.bindingId)
  const payee = requirePerson(ctx, binding.member)
  assertPayeeInsurable(ctx, payee, payment.year)
  const premiumYear = assertYearOpen(ctx.policy.premiumYears, payment.year, shanghaiDate(ctx.now))
  assertStandardAmount(premiumYear, payment.amount)
  assertNotPaid(payee, premiumYear.year)
  assertBalanceCovers(payer, payment.amount)
  assertPinChanged(payer)
  verifyAccountPin(ctx, payer, payment.pin)

  const warning = intoReserveWarning(ctx, payer, payment.amount)
  const receiptNo = nextReceiptNo(ctx)
  const entry = appendLedger(ctx, payer, {
    time: ctx.now,
    kind: '代缴',
    amount: -payment.amount,
    summary: `代缴居民医保 · ${payee.name} ${yearLabel(premiumYear.year)}`,
    party: payee.certno,
    receiptNo,
  })
  payee.premiumsPaid = [...payee.premiumsPaid, premiumYear.year].sort((a, b) => a - b)
  savePerson(ctx, payee)
  const record: PremiumRecord = {
    receiptNo,
    year: premiumYear.year,
    payer: payer.certno,
    payee: payee.certno,
    bindingId: binding.id,
    amount: payment.amount,
    paidAt: ctx.now,
    balanceAfter: entry.balance,
  }
  ctx.uow.put(keys.premium(receiptNo), record)
  tellPremiumPaid(ctx, record, ledgerRowId(payer.psnNo, entry.seq))
  const receipt: PremiumReceipt = {
    receipt_no: receiptNo,
    year: premiumYear.year,
    payee: partyView(ctx, payee),
    amount: payment.amount,
    paid_at: iso(ctx.now),
    balc_after: entry.balance,
  }
  if (warning !== undefined) receipt.warning = warning
  return receipt
}
