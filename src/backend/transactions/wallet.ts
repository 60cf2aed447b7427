import type { Relation } from '../../domain/kinship'
import { callerOf } from '../context'
import { fen, none, object, pin, text } from '../input'
import { consumeFaceToken } from '../state/face-tokens'
import { requirePerson } from '../state/persons'
import { acceptTransfer } from '../wallet/wallet-accept'
import { openWallet } from '../wallet/wallet-open'
import { transferToWallet } from '../wallet/wallet-transfer'
import { transferView, walletView } from '../wallet/wallet-view'
import { defineTransaction } from './transaction'

export const walletGet = defineTransaction({
  infno: '5320',
  name: 'wallet.get',
  who: 'session',
  mutates: false,
  summary:
    '医保钱包：是否开通、余额与收支记录，本人转出与收到的转账及状态，今日还可转笔数与转账时段',
  parse: none,
  run(ctx) {
    return walletView(ctx, callerOf(ctx))
  },
})

export const walletOpen = defineTransaction({
  infno: '5321',
  name: 'wallet.open',
  who: 'session',
  mutates: true,
  secrets: ['face_token'],
  summary: '开通医保钱包：本人经人脸识别（face_token）开通，正常参保（职工或居民）即可',
  parse(raw) {
    return { face_token: text(object(raw), 'face_token', 128) }
  },
  run(ctx, input) {
    const person = requirePerson(ctx, callerOf(ctx))
    consumeFaceToken(ctx, input.face_token, person.certno)
    openWallet(ctx, person)
    return walletView(ctx, person.certno)
  },
})

export const walletTransfer = defineTransaction({
  infno: '5322',
  name: 'wallet.transfer',
  who: 'session',
  mutates: true,
  secrets: ['pin'],
  summary:
    '向家人医保钱包转账：共济人从个人账户转给任意省份近亲属已开通的医保钱包，单笔≤¥2,000.00、每日3笔、22:00–06:00暂停，须支付密码；待对方确认收款',
  parse(raw) {
    const input = object(raw)
    return {
      psn_name: text(input, 'psn_name', 50),
      certno: text(input, 'certno', 40),
      relation: text(input, 'relation', 20) as Relation,
      amount: fen(input, 'amount', { positive: true }),
      pin: pin(input, 'pin'),
    }
  },
  run(ctx, input) {
    return transferToWallet(ctx, {
      name: input.psn_name,
      certno: input.certno,
      relation: input.relation,
      amount: input.amount,
      pin: input.pin,
    })
  },
})

export const walletAccept = defineTransaction({
  infno: '5323',
  name: 'wallet.accept',
  who: 'session',
  mutates: true,
  summary: '确认收款：收款人确认待收款的转账，资金存入本人医保钱包',
  parse(raw) {
    return { transfer_id: text(object(raw), 'transfer_id', 40) }
  },
  run(ctx, input) {
    const transfer = acceptTransfer(ctx, input.transfer_id)
    return { transfer: transferView(ctx, transfer), wallet: walletView(ctx, callerOf(ctx)) }
  },
})
