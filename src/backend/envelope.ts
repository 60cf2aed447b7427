import type { AnswerEnvelope, RequestEnvelope } from '../domain/api'
import { DomainError, type ErrorCode } from '../domain/errors'

const INFNO = /^\d{4}$/
const MAX_MSGID = 64
const MAX_TOKEN = 128

/** Checks the request envelope's shape; the input itself is the transaction's to check. */
export function parseEnvelope(raw: unknown): RequestEnvelope {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badEnvelope('envelope')
  const r = raw as Record<string, unknown>
  if (typeof r.msgid !== 'string' || r.msgid.length === 0 || r.msgid.length > MAX_MSGID) {
    throw badEnvelope('msgid')
  }
  if (typeof r.infno !== 'string' || !INFNO.test(r.infno)) throw badEnvelope('infno')
  if (typeof r.inf_time !== 'string' || r.inf_time.length > 40) throw badEnvelope('inf_time')
  if (r.opter_type !== '3') throw badEnvelope('opter_type')
  if (r.token !== undefined && (typeof r.token !== 'string' || r.token.length > MAX_TOKEN)) {
    throw badEnvelope('token')
  }
  return {
    infno: r.infno,
    msgid: r.msgid,
    inf_time: r.inf_time,
    opter_type: '3',
    token: r.token as string | undefined,
    input: r.input,
  }
}

function badEnvelope(field: string): DomainError {
  return new DomainError('E_BAD_REQUEST', { 字段: field })
}

/** The msgid to echo, even from a malformed envelope, so a client can match the answer. */
export function refMsgid(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'msgid' in raw) {
    const msgid = (raw as { msgid: unknown }).msgid
    if (typeof msgid === 'string' && msgid.length <= MAX_MSGID) return msgid
  }
  return ''
}

export function successAnswer<O>(msgid: string, respondTime: string, output: O): AnswerEnvelope<O> {
  return { infcode: 0, inf_refmsgid: msgid, respond_time: respondTime, output }
}

export function errorAnswer(
  msgid: string,
  respondTime: string,
  code: ErrorCode,
  message: string,
): AnswerEnvelope<never> {
  return {
    infcode: -1,
    err_code: code,
    err_msg: message,
    inf_refmsgid: msgid,
    respond_time: respondTime,
  }
}
