import type { Fen } from '../../domain/money'
import type { RequestContext } from '../context'
import { appendLedger, findLedgerEntry } from '../state/ledger'
import type { PersonRecord } from '../state/records'

const MINUTE_MS = 60 * 1000

/** ¥10.00 to ¥99.99, varied but repeatable. */
function amountOf(pair: number): Fen {
  return 1000 + ((pair * 7919) % 9000)
}

/**
 * 9104: `count` synthetic entries appended to a 310 account (the ledger is append-only), spread
 * between its last entry and now, ending at now. They alternate 划入 and a 本人消费 of the same
 * amount, so the balance never drops below where it started. One unit of work: each page is
 * written once, at commit.
 */
export function generateHistory(ctx: RequestContext, person: PersonRecord, count: number): void {
  const last = findLedgerEntry(ctx, person, person.ledgerCount)
  const start = last ? Math.min(last.time, ctx.now) : ctx.now - count * MINUTE_MS
  const span = ctx.now - start
  for (let i = 0; i < count; i += 1) {
    const time = ctx.now - Math.floor((span * (count - 1 - i)) / count)
    const amount = amountOf(Math.floor(i / 2))
    if (i % 2 === 0) {
      appendLedger(ctx, person, {
        time,
        kind: '划入',
        amount,
        summary: '个人账户划入（生成记录）',
      })
    } else {
      appendLedger(ctx, person, {
        time,
        kind: '本人消费',
        amount: -amount,
        summary: '定点零售药店购药（生成记录）',
      })
    }
  }
}
