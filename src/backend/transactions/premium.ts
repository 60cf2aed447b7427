import { fen, integer, none, object, pin, text } from '../input'
import { premiumOptions } from '../premium/options'
import { payPremium } from '../premium/payment'
import { defineTransaction } from './transaction'

export const premiumOptionsTransaction = defineTransaction({
  infno: '5310',
  name: 'premium.options',
  who: 'session',
  mutates: false,
  summary:
    '代缴居民医保：当前缴费年度、缴费标准与缴费期，账户余额、支付密码状态，以及每位已生效共济成员能否代缴（不能时附原因）',
  parse: none,
  run(ctx) {
    return premiumOptions(ctx)
  },
})

export const premiumPayTransaction = defineTransaction({
  infno: '5311',
  name: 'premium.pay',
  who: 'session',
  mutates: true,
  secrets: ['pin'],
  summary:
    '代缴居民医保：用本人个人账户为已生效的共济成员缴纳当期城乡居民医保费，须支付密码，返回回执',
  parse(raw) {
    const input = object(raw)
    return {
      binding_id: text(input, 'binding_id', 64),
      year: integer(input, 'year', 2000, 2100),
      amount: fen(input, 'amount', { positive: true }),
      pin: pin(input, 'pin'),
    }
  },
  run(ctx, input) {
    return payPremium(ctx, {
      bindingId: input.binding_id,
      year: input.year,
      amount: input.amount,
      pin: input.pin,
    })
  },
})
