import type { InputOf } from '../../domain/api'
import { callerOf } from '../context'
import { bad, object, optionalText, pin } from '../input'
import { changePin, type PinProof } from '../pin/pin-change'
import { requirePerson } from '../state/persons'
import { defineTransaction } from './transaction'

function proofOf(input: InputOf<'5312'>): PinProof {
  if (input.face_token !== undefined) return { faceToken: input.face_token }
  if (input.old_pin !== undefined) return { oldPin: input.old_pin }
  throw bad('old_pin')
}

export const pinChangeTransaction = defineTransaction({
  infno: '5312',
  name: 'pin.change',
  who: 'session',
  mutates: true,
  secrets: ['old_pin', 'new_pin', 'face_token'],
  summary:
    '修改支付密码：凭原密码或人脸识别（可解除锁定）设置新的6位密码；初始密码须修改后才能支付',
  parse(raw) {
    const input = object(raw)
    const oldPin = input.old_pin === undefined ? undefined : pin(input, 'old_pin')
    const faceToken = optionalText(input, 'face_token', 64)
    // Exactly one proof: which one was checked (and whether a wrong PIN counted) must be plain.
    if ((oldPin === undefined) === (faceToken === undefined)) throw bad('old_pin')
    return { old_pin: oldPin, face_token: faceToken, new_pin: pin(input, 'new_pin') }
  },
  run(ctx, input) {
    const person = requirePerson(ctx, callerOf(ctx))
    return { pin_state: changePin(ctx, person, proofOf(input), input.new_pin) }
  },
})
