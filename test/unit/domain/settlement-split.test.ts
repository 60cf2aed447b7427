import { DomainError } from '../../../src/domain/errors'
import {
  type PayerCandidate,
  refundableOf,
  skipReasonText,
  splitSettlement,
  unwindRefund,
} from '../../../src/domain/settlement-split'

function payer(id: string, over: Partial<PayerCandidate> = {}): PayerCandidate {
  return {
    bindingId: id,
    payer: `payer-${id}`,
    bindingState: 'active',
    payerStatus: '1',
    balance: 100000,
    limit: null,
    usedThisYear: 0,
    ...over,
  }
}

describe('O2 deduction order', () => {
  it('takes the own account first, then the 共济人 in order, then cash', () => {
    const split = splitSettlement({
      amount: 50000,
      patientStatus: '1',
      ownBalance: 10000,
      payers: [payer('a', { balance: 15000 }), payer('b', { balance: 20000 })],
    })
    expect(split.own).toBe(10000)
    expect(split.lines.map((l) => l.amount)).toEqual([15000, 20000])
    expect(split.cash).toBe(5000)
  })

  it('stops taking once the amount is covered; later 共济人 pay 0 without a reason', () => {
    const split = splitSettlement({
      amount: 3000,
      patientStatus: '1',
      ownBalance: null,
      payers: [payer('a'), payer('b')],
    })
    expect(split.lines).toEqual([
      { bindingId: 'a', payer: 'payer-a', amount: 3000 },
      { bindingId: 'b', payer: 'payer-b', amount: 0 },
    ])
    expect(split.cash).toBe(0)
    expect(split.ownSkip).toBeUndefined()
  })

  it('pays only up to what is left under the annual limit', () => {
    const split = splitSettlement({
      amount: 30000,
      patientStatus: '1',
      ownBalance: null,
      payers: [payer('a', { limit: 50000, usedThisYear: 40000 }), payer('b')],
    })
    expect(split.lines.map((l) => l.amount)).toEqual([10000, 20000])
  })

  it('skips with a recorded reason: ended binding, suspended payer, empty account, limit used up', () => {
    const split = splitSettlement({
      amount: 1000,
      patientStatus: '1',
      ownBalance: null,
      payers: [
        payer('ended', { bindingState: 'ended' }),
        payer('suspended', { payerStatus: '2' }),
        payer('empty', { balance: 0 }),
        payer('limit', { limit: 20000, usedThisYear: 20000 }),
      ],
    })
    expect(split.lines.map((l) => l.skip)).toEqual([
      { code: 'binding_inactive', state: 'ended' },
      { code: 'payer_status', status: '2' },
      { code: 'payer_empty' },
      { code: 'limit_reached', limit: 20000 },
    ])
    expect(split.lines.every((l) => l.amount === 0)).toBe(true)
    expect(split.cash).toBe(1000)
    expect(split.lines.map((l) => skipReasonText(l.skip!))).toEqual([
      '共济关系已解除，不能支付',
      '共济人参保状态为“暂停参保”，暂不能支付',
      '共济人个人账户暂无余额，暂不能支付',
      '本年度共济限额¥200.00已用完',
    ])
  })

  it('U4: a suspended patient still pays from their own account, never through 共济人', () => {
    const split = splitSettlement({
      amount: 1000,
      patientStatus: '2',
      ownBalance: 600,
      payers: [payer('a')],
    })
    expect(split.own).toBe(600)
    expect(split.ownSkip).toBeUndefined()
    expect(split.lines[0]).toMatchObject({ amount: 0, skip: { code: 'patient_suspended' } })
    expect(split.cash).toBe(400)
  })

  it('records an empty own account as a reason; a 390 patient has no own part at all', () => {
    const empty = splitSettlement({ amount: 500, patientStatus: '1', ownBalance: 0, payers: [] })
    expect(empty).toEqual({
      own: 0,
      ownSkip: { code: 'own_empty' },
      wallet: 0,
      lines: [],
      cash: 500,
    })
    const resident = splitSettlement({
      amount: 500,
      patientStatus: '1',
      ownBalance: null,
      payers: [],
    })
    expect(resident).toEqual({ own: 0, wallet: 0, lines: [], cash: 500 })
  })
})

describe('T3 refund unwinding', () => {
  const paid = {
    own: { paid: 1000, refunded: 0 },
    lines: [
      { paid: 2000, refunded: 0 },
      { paid: 3000, refunded: 0 },
    ],
    cash: { paid: 500, refunded: 0 },
  }

  it('unwinds cash first, then the last 共济人 … the first, own account last', () => {
    expect(unwindRefund(paid, 500)).toEqual({ cash: 500, lines: [0, 0], wallet: 0, own: 0 })
    expect(unwindRefund(paid, 4000)).toEqual({ cash: 500, lines: [500, 3000], wallet: 0, own: 0 })
    expect(unwindRefund(paid, 6500)).toEqual({
      cash: 500,
      lines: [2000, 3000],
      wallet: 0,
      own: 1000,
    })
  })

  it('continues where earlier refunds stopped', () => {
    const partly = {
      ...paid,
      lines: [paid.lines[0], { paid: 3000, refunded: 3000 }],
      cash: { paid: 500, refunded: 500 },
    }
    expect(refundableOf(partly)).toBe(3000)
    expect(unwindRefund(partly, 2500)).toEqual({ cash: 0, lines: [2000, 0], wallet: 0, own: 500 })
  })

  it('never refunds more than is left (E_REFUND_EXCEEDS with the refundable amount)', () => {
    expect(() => unwindRefund(paid, 6501)).toThrow(DomainError)
    expect(() => unwindRefund(paid, 6501)).toThrow(
      expect.objectContaining({
        code: 'E_REFUND_EXCEEDS',
        message: '退费金额不能超过原结算金额中未退部分（¥65.00）。',
      }),
    )
    expect(unwindRefund(paid, 6500).own).toBe(1000)
  })
})

describe('T1 and R1: the patient’s wallet and the 共济人’s reserve', () => {
  const reserving = (balance: number, reserve: number) => ({
    bindingId: 'B1',
    payer: 'A',
    bindingState: 'active' as const,
    payerStatus: '1' as const,
    balance,
    reserve,
    limit: null,
    usedThisYear: 0,
  })

  it('pays own account, then wallet, then 共济人 above their reserve, then cash', () => {
    const split = splitSettlement({
      amount: 10000,
      patientStatus: '1',
      ownBalance: 2000,
      walletBalance: 3000,
      payers: [reserving(5000, 3000)],
    })
    expect([split.own, split.wallet, split.lines[0].amount, split.cash]).toEqual([
      2000, 3000, 2000, 3000,
    ])
  })

  it('skips a 共济人 at the reserve with 已达自留金额', () => {
    const split = splitSettlement({
      amount: 100,
      patientStatus: '1',
      ownBalance: null,
      payers: [reserving(3000, 3000)],
    })
    expect(skipReasonText(split.lines[0].skip!)).toBe('已达自留金额')
    expect(split.cash).toBe(100)
  })

  it('unwinds the wallet after the 共济人 and before the own account', () => {
    const paid = {
      own: { paid: 1000, refunded: 0 },
      wallet: { paid: 700, refunded: 0 },
      lines: [{ paid: 300, refunded: 0 }],
      cash: { paid: 100, refunded: 0 },
    }
    expect(unwindRefund(paid, 1500)).toEqual({ cash: 100, lines: [300], wallet: 700, own: 400 })
  })
})
