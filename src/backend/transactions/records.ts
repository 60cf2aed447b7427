import { callerOf } from '../context'
import { object, text } from '../input'
import { accountChangesPage, LEDGER_KINDS } from '../records/account-changes'
import { CONSUMPTION_KINDS, consumptionPage } from '../records/consumption'
import { recordDetail } from '../records/record-detail'
import { DEFAULT_PAGE_SIZE, parseRecordsQuery, recordFilter } from '../records/records-query'
import { requirePerson } from '../state/persons'
import { defineTransaction } from './transaction'

export const recordsChanges = defineTransaction({
  infno: '5313',
  name: 'records.changes',
  who: 'session',
  mutates: false,
  summary:
    '账户变动：本人个人账户的每笔收支，新的在前；可按日期、类型、成员筛选，cursor 分页（每页≤50）',
  parse: (raw) => parseRecordsQuery(raw, LEDGER_KINDS),
  run(ctx, input) {
    const owner = requirePerson(ctx, callerOf(ctx))
    const filter = recordFilter(ctx, owner.certno, input)
    return accountChangesPage(ctx, owner, filter, input.cursor, input.limit ?? DEFAULT_PAGE_SIZE)
  },
})

export const recordsConsumption = defineTransaction({
  infno: '5314',
  name: 'records.consumption',
  who: 'session',
  mutates: false,
  summary:
    '消费记录：本人就医购药（含家人共济支付的部分）和本账户为家人支付的共济支出，新的在前，cursor 分页',
  parse: (raw) => parseRecordsQuery(raw, CONSUMPTION_KINDS),
  run(ctx, input) {
    const owner = requirePerson(ctx, callerOf(ctx))
    const filter = recordFilter(ctx, owner.certno, input)
    return consumptionPage(ctx, owner, filter, input.cursor, input.limit ?? DEFAULT_PAGE_SIZE)
  },
})

export const recordsDetail = defineTransaction({
  infno: '5315',
  name: 'records.detail',
  who: 'session',
  mutates: false,
  summary: '记录详情：本人的一条记录；结算记录附个人账户、各共济人与现金的分摊',
  parse: (raw) => ({ id: text(object(raw), 'id', 40) }),
  run(ctx, input) {
    return recordDetail(ctx, requirePerson(ctx, callerOf(ctx)), input.id)
  },
})
