import { DomainError } from '../../domain/errors'
import { isAdmdvs, isInsuStatus } from '../../domain/insurance'
import { applyInsuranceChange } from '../binding/status-change'
import { bad, object } from '../input'
import { parsePersonRef, resolvePersonRef } from '../persona-ref'
import { findPerson } from '../state/persons'
import { defineTransaction } from './transaction'

export const qaSetStatus = defineTransaction({
  infno: '9102',
  name: 'qa.setStatus',
  who: 'qa',
  mutates: true,
  summary:
    '变更参保状态：修改一人的参保状态和/或参保地；终止参保或转出河南时其全部共济关系自动解除',
  parse(raw) {
    const input = object(raw)
    const person = parsePersonRef(input, 'certno', 'login_key')
    const status = input.psn_insu_stas
    const admdvs = input.insuplc_admdvs
    if (status !== undefined && !isInsuStatus(status)) throw bad('psn_insu_stas')
    if (admdvs !== undefined && !isAdmdvs(admdvs)) throw bad('insuplc_admdvs')
    if (status === undefined && admdvs === undefined) throw bad('psn_insu_stas')
    return { ...person, psn_insu_stas: status, insuplc_admdvs: admdvs }
  },
  run(ctx, input) {
    const person = findPerson(ctx, resolvePersonRef(ctx, input))
    if (!person) throw new DomainError('E_NOT_FOUND')
    const ended = applyInsuranceChange(ctx, person, {
      status: input.psn_insu_stas,
      admdvs: input.insuplc_admdvs,
    })
    return { ended_binding_ids: ended }
  },
})
