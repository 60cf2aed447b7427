import { DomainError } from '../../domain/errors'
import { object } from '../input'
import { parsePersonRef, resolvePersonRef } from '../persona-ref'
import { findPerson } from '../state/persons'
import { iso } from '../views'
import { openWallet } from '../wallet/wallet-open'
import { defineTransaction } from './transaction'

export const qaOpenWallet = defineTransaction({
  infno: '9108',
  name: 'qa.openWallet',
  who: 'qa',
  mutates: true,
  summary: '开通医保钱包：为任一正常参保的人开通医保钱包（免人脸识别）',
  parse(raw) {
    return parsePersonRef(object(raw), 'certno', 'login_key')
  },
  run(ctx, input) {
    const person = findPerson(ctx, resolvePersonRef(ctx, input))
    if (!person) throw new DomainError('E_NOT_FOUND')
    return { opened_at: iso(openWallet(ctx, person).openedAt) }
  },
})
