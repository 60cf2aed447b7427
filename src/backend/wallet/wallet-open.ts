import { DomainError } from '../../domain/errors'
import { INSU_STATUS_NAMES } from '../../domain/insurance'
import type { RequestContext } from '../context'
import type { PersonRecord, WalletRecord } from '../state/records'
import { findWallet, saveWallet } from '../state/wallets'

/** W1: anyone insured normally (310 or 390, status 1) may open their own wallet, once. */
export function openWallet(ctx: RequestContext, person: PersonRecord): WalletRecord {
  if (person.insutype === null || person.status !== '1') {
    // Someone without any 险种 has no insurance to speak of, whatever the record's status says.
    const status = person.insutype === null ? '0' : person.status
    throw new DomainError('E_WALLET_NOT_ELIGIBLE', { 状态: INSU_STATUS_NAMES[status] })
  }
  const existing = findWallet(ctx, person.certno)
  if (existing) return existing
  const wallet: WalletRecord = {
    certno: person.certno,
    openedAt: ctx.now,
    balance: 0,
    incoming: [],
  }
  saveWallet(ctx, wallet)
  return wallet
}
