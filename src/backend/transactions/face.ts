import { DomainError } from '../../domain/errors'
import { callerOf } from '../context'
import { object, optionalBool } from '../input'
import { issueFaceToken } from '../state/face-tokens'
import { iso } from '../views'
import { defineTransaction } from './transaction'

export const faceVerify = defineTransaction({
  infno: '9101',
  name: 'face.verify',
  who: 'session',
  mutates: true,
  summary:
    '模拟人脸识别：为当前登录人签发5分钟内有效、只能使用一次的 face_token；pass=false 模拟识别失败',
  parse(raw) {
    return { pass: optionalBool(object(raw), 'pass') }
  },
  run(ctx, input) {
    if (input.pass === false) throw new DomainError('E_FACE_FAILED')
    const issued = issueFaceToken(ctx, callerOf(ctx))
    return { face_token: issued.token, expires_at: iso(issued.expiresAt) }
  },
})
