import type { ReserveMode } from '../../domain/api'
import { reserveRule } from '../../domain/reserve'
import { assertPayerEligible } from '../binding/payer-eligibility'
import { callerOf } from '../context'
import { bad, object, oneOf } from '../input'
import { reserveView, setReserve } from '../reserve/account-reserve'
import { requirePerson } from '../state/persons'
import { defineTransaction } from './transaction'

const MODES: readonly ReserveMode[] = ['none', 'amount', 'percent']

export const reserveSet = defineTransaction({
  infno: '5316',
  name: 'reserve.set',
  who: 'session',
  mutates: true,
  summary:
    '自留金额：共济人设置不自留（none）、固定金额（amount，分）或按比例（percent，1–90），家人的消费不会动用这部分',
  parse(raw) {
    const input = object(raw)
    const mode = oneOf(input, 'mode', MODES)
    const value = input.value
    // Out-of-range numbers are E_RESERVE_INVALID from the rules; only a non-number is malformed.
    if (mode !== 'none' && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw bad('value')
    }
    return { mode, value: typeof value === 'number' ? value : 0 }
  },
  run(ctx, input) {
    const payer = requirePerson(ctx, callerOf(ctx))
    assertPayerEligible(payer)
    setReserve(ctx, payer, reserveRule(input.mode, input.value))
    return { reserve: reserveView(ctx, payer) }
  },
})
