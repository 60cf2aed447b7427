import type { InstType, ItemCategory, RefundPart } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import { checkIdNumber } from '../../domain/id-number'
import { hasPersonalAccount } from '../../domain/insurance'
import { assertInScope } from '../../domain/item-scope'
import { shanghaiDate } from '../../domain/shanghai-time'
import { bad, fen, integer, none, object, oneOf, optionalText, text } from '../input'
import { parsePersonRef, resolvePersonRef } from '../persona-ref'
import { generateHistory } from '../records/synthetic-history'
import { refund } from '../settlement/refund'
import { settle } from '../settlement/settle'
import { recentSettlements } from '../settlement/settlement-records'
import { settlementView } from '../settlement/settlement-view'
import { findPerson, readMeta } from '../state/persons'
import { iso, partyOf } from '../views'
import { defineTransaction } from './transaction'

const INST_TYPES: readonly InstType[] = ['医院门诊', '医院住院', '零售药店']
const CATEGORIES: readonly ItemCategory[] = [
  '诊疗',
  '药品',
  '医疗器械',
  '医用耗材',
  '疫苗',
  '保健品',
  '生活用品',
  '美容',
]
const TYPICAL_INST_NAME: Record<InstType, string> = {
  医院门诊: '河南省人民医院',
  医院住院: '河南省人民医院',
  零售药店: '张仲景大药房',
}
/** A patient insured outside Henan settles where they are insured (the seed's 广州 outlets). */
const TYPICAL_INST_NAME_BY_ADMDVS: Record<string, Record<InstType, string>> = {
  '440100': {
    医院门诊: '广州市第一人民医院',
    医院住院: '广州市第一人民医院',
    零售药店: '大参林药房',
  },
}

function typicalInstName(instType: InstType, admdvs: string | null): string {
  return (
    (admdvs === null ? undefined : TYPICAL_INST_NAME_BY_ADMDVS[admdvs])?.[instType] ??
    TYPICAL_INST_NAME[instType]
  )
}
export const MAX_GENERATED_ROWS = 100000
const RECENT_SETTLEMENTS = 50

export const qaSettle = defineTransaction({
  infno: '2207',
  name: 'qa.settle',
  who: 'qa',
  mutates: true,
  summary:
    '模拟就医结算：就医人本人凭证、机构类型、费用类别、个人负担金额 → 个人账户、各共济人、现金的分摊',
  parse(raw) {
    const input = object(raw)
    const instType = oneOf(input, 'inst_type', INST_TYPES)
    const instName = optionalText(input, 'inst_name', 50)
    const patient = parsePersonRef(input, 'patient_certno', 'patient_login_key')
    const credential = parsePersonRef(input, 'credential_certno', 'credential_login_key')
    return {
      ...(patient.certno === undefined
        ? { patient_login_key: patient.login_key }
        : { patient_certno: patient.certno }),
      inst_type: instType,
      category: oneOf(input, 'category', CATEGORIES),
      amount: fen(input, 'amount', { positive: true }),
      ...(credential.certno === undefined
        ? { credential_login_key: credential.login_key }
        : { credential_certno: credential.certno }),
      ...(instName === undefined ? {} : { inst_name: instName }),
    }
  },
  run(ctx, input) {
    const patientCertno = resolvePersonRef(ctx, {
      certno: input.patient_certno,
      login_key: input.patient_login_key,
    })
    const credentialCertno = resolvePersonRef(ctx, {
      certno: input.credential_certno,
      login_key: input.credential_login_key,
    })
    if (!checkIdNumber(patientCertno, shanghaiDate(ctx.now)).ok) {
      throw new DomainError('E_ID_INVALID')
    }
    if (credentialCertno !== patientCertno) {
      throw new DomainError('E_NOT_OWN_CREDENTIAL')
    }
    assertInScope(input.inst_type, input.category, ctx.policy)
    const record = settle(ctx, {
      patient: patientCertno,
      instType: input.inst_type,
      instName:
        input.inst_name ??
        typicalInstName(input.inst_type, findPerson(ctx, patientCertno)?.admdvs ?? null),
      category: input.category,
      amount: input.amount,
    })
    return settlementView(ctx, record)
  },
})

export const qaRefund = defineTransaction({
  infno: '2208',
  name: 'qa.refund',
  who: 'qa',
  mutates: true,
  summary: '模拟退费：按原结算退回（全额或部分），依次退现金、最后一位共济人……本人个人账户最后',
  parse(raw) {
    const input = object(raw)
    return {
      setl_id: text(input, 'setl_id', 20),
      amount: fen(input, 'amount', { positive: true }),
    }
  },
  run(ctx, input) {
    const { record, allocation } = refund(ctx, input.setl_id, input.amount)
    const parts: RefundPart[] = []
    if (allocation.cash > 0) parts.push({ account: 'cash', amount: allocation.cash })
    for (let i = record.parts.length - 1; i >= 0; i -= 1) {
      if (allocation.lines[i] === 0) continue
      parts.push({
        account: 'mulaid',
        binding_id: record.parts[i].bindingId,
        payer: partyOf(ctx, record.parts[i].payer),
        amount: allocation.lines[i],
      })
    }
    if (allocation.wallet > 0) parts.push({ account: 'wallet', amount: allocation.wallet })
    if (allocation.own > 0) parts.push({ account: 'own', amount: allocation.own })
    const settlement = settlementView(ctx, record)
    return {
      setl_id: record.id,
      amount: input.amount,
      parts,
      refundable_after: settlement.refundable,
      settlement,
    }
  },
})

export const qaGenerateRecords = defineTransaction({
  infno: '9104',
  name: 'qa.generateRecords',
  who: 'qa',
  mutates: true,
  summary:
    '生成大量记录：在一个职工医保个人账户上追加 N 条（1–100000）划入与消费记录，截至当前时间',
  parse(raw) {
    const input = object(raw)
    return {
      ...parsePersonRef(input, 'certno', 'login_key'),
      count: integer(input, 'count', 1, MAX_GENERATED_ROWS),
    }
  },
  run(ctx, input) {
    const person = findPerson(ctx, resolvePersonRef(ctx, input))
    if (!person) throw new DomainError('E_NOT_FOUND')
    if (!hasPersonalAccount(person.insutype)) throw bad('certno')
    generateHistory(ctx, person, input.count)
    return { added: input.count, balc: person.balance }
  },
})

export const qaOverview = defineTransaction({
  infno: '9107',
  name: 'qa.overview',
  who: 'qa',
  mutates: false,
  summary: '测试工具概览：最近50笔结算（新的在前，供模拟退费选择）与后端时钟',
  parse: none,
  run(ctx) {
    return {
      settlements: recentSettlements(ctx, RECENT_SETTLEMENTS).map((r) => settlementView(ctx, r)),
      now: iso(ctx.now),
      simulated: readMeta(ctx).clockOffsetMs !== 0,
    }
  },
})
