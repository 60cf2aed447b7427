import type { PersonaEntry } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import { maskIdNumber } from '../../domain/id-number'
import { admdvsName } from '../../domain/insurance'
import { parseIsoTime } from '../../domain/shanghai-time'
import { none, object } from '../input'
import { DEMO_POPULATION } from '../seed/demo-population'
import { keys } from '../state/keys'
import { readMeta, requirePerson } from '../state/persons'
import { iso } from '../views'
import { loginKeyOf } from './session'
import { defineTransaction } from './transaction'

export const qaSetClock = defineTransaction({
  infno: '9103',
  name: 'qa.setClock',
  who: 'qa',
  mutates: true,
  summary: '调整系统日期：把后端时钟移到指定时间（ISO 8601），time 为 null 时回到真实时间',
  parse(raw) {
    const input = object(raw)
    const time = input.time
    if (time === null) return { time: null }
    if (typeof time !== 'string' || parseIsoTime(time) === null) {
      throw new DomainError('E_BAD_REQUEST', { 字段: 'time' })
    }
    return { time }
  },
  run(ctx, input) {
    const meta = readMeta(ctx)
    const realNow = ctx.now - meta.clockOffsetMs
    const target = input.time === null ? realNow : (parseIsoTime(input.time) as number)
    meta.clockOffsetMs = target - realNow
    ctx.uow.put(keys.meta, meta)
    return { now: iso(target), simulated: meta.clockOffsetMs !== 0 }
  },
})

export const qaReset = defineTransaction({
  infno: '9105',
  name: 'qa.reset',
  who: 'qa',
  mutates: false,
  resetsStore: true,
  summary: '重置演示数据：清空全部业务数据并恢复演示人口（已登录的会话保留）',
  parse: none,
  run() {
    return {}
  },
})

export const qaPersonas = defineTransaction({
  infno: '9106',
  name: 'qa.personas',
  who: 'qa',
  mutates: false,
  summary:
    '切换测试身份：列出演示人口（脱敏证件号、说明、险种、参保状态、参保地）及各自的 login_key',
  parse: none,
  run(ctx) {
    const persons = readMeta(ctx).persons
    return {
      personas: persons.map((certno, index): PersonaEntry => {
        const person = requirePerson(ctx, certno)
        const demo = DEMO_POPULATION.find((p) => p.certno === certno)
        return {
          login_key: loginKeyOf(index),
          psn_name: person.name,
          certno: maskIdNumber(certno),
          summary: demo?.summary ?? '',
          insutype: person.insutype,
          psn_insu_stas: person.status,
          insuplc_admdvs: person.admdvs,
          insuplc_name: admdvsName(person.admdvs),
        }
      }),
    }
  },
})
