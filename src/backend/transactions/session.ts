import { DomainError } from '../../domain/errors'
import { checkIdNumber } from '../../domain/id-number'
import { shanghaiDate } from '../../domain/shanghai-time'
import { callerOf } from '../context'
import { none, object, optionalText } from '../input'
import { findPerson, readMeta, requirePerson } from '../state/persons'
import { endSession, openSession } from '../state/sessions'
import { personInfo } from '../views'
import { defineTransaction } from './transaction'

/** The QA persona list hands out opaque keys, so no full ID number travels to the screen. */
export function loginKeyOf(index: number): string {
  return `persona-${index + 1}`
}

export const sessionLogin = defineTransaction({
  infno: '9001',
  name: 'session.login',
  who: 'anyone',
  // Logs anyone in as anyone: a QA tool, so a server without --qa refuses it.
  qaOnly: true,
  // Not remembered under its msgid: the answer holds the token, which is never stored. A retry
  // after a lost answer opens another session; the unused one expires.
  mutates: false,
  summary: '模拟登录：以演示人口中的一人（certno 或 login_key）登录，返回 token',
  parse(raw) {
    const input = object(raw)
    const certno = optionalText(input, 'certno', 18)
    const loginKey = optionalText(input, 'login_key', 20)
    if (!certno && !loginKey) throw new DomainError('E_BAD_REQUEST', { 字段: 'certno' })
    return { certno, login_key: loginKey }
  },
  run(ctx, input) {
    let certno: string | undefined
    if (input.certno) {
      const check = checkIdNumber(input.certno, shanghaiDate(ctx.now))
      if (!check.ok) throw new DomainError('E_ID_INVALID')
      certno = check.normalized
    } else {
      const index = readMeta(ctx).persons.findIndex((_, i) => loginKeyOf(i) === input.login_key)
      certno = index >= 0 ? readMeta(ctx).persons[index] : undefined
    }
    const person = certno ? findPerson(ctx, certno) : undefined
    if (!person) throw new DomainError('E_NOT_FOUND')
    const token = openSession(ctx, person.certno)
    return { token, person: personInfo(ctx, person) }
  },
})

export const sessionLogout = defineTransaction({
  infno: '9002',
  name: 'session.logout',
  // Ending a session twice ends it once: a retry after a lost answer needs no msgid memory, and
  // a token that is already gone is answered alike, so the answer tells nothing about it.
  who: 'anyone',
  mutates: false,
  summary: '退出登录，令 token 失效（token 已失效或缺失时同样答成功，重试无害）',
  parse: none,
  run(ctx) {
    if (ctx.token) endSession(ctx.uow, ctx.token)
    return {}
  },
})

export const personInfoTransaction = defineTransaction({
  infno: '1101',
  name: 'person.info',
  who: 'session',
  mutates: false,
  summary: '本人人员信息：姓名、脱敏证件号、险种、参保状态、参保地、个人账户余额、支付密码状态',
  parse: none,
  run(ctx) {
    return personInfo(ctx, requirePerson(ctx, callerOf(ctx)))
  },
})
