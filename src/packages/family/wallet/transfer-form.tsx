import { Input, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import { formatYuan } from '../../../domain/money'
import { requestSubscription } from '../../../platform/subscriptions'
import { useStores } from '../../../stores/store-context'
import { RelationPicker } from '../add-member/relation-picker'
import { PinSheet } from '../premium/pin-sheet'

/** 支付密码 for the transfer; a wrong PIN stays here with how many tries are left. */
const TransferPinSheet = observer(function TransferPinSheetView({
  onClose,
}: {
  onClose: () => void
}) {
  const { wallet } = useStores()
  const submit = async (pin: string) => {
    // WeChat shows the subscription panel only from a tap: the PIN's last key is that tap.
    requestSubscription('transfer-sent')
    const outcome = await wallet.transfer(pin)
    if (outcome !== null && outcome !== 'pin-wrong') onClose()
  }
  return (
    <PinSheet
      id='transfer-sheet'
      what={`转给${wallet.recipient.name}（${wallet.recipient.relation}）的医保钱包`}
      amount={wallet.amount}
      from='从您的医保个人账户转出'
      busyText='正在转账，请稍候…'
      task={wallet.transferTask}
      onClose={onClose}
      onPin={(pin) => void submit(pin)}
    />
  )
})

/** What the personal account holds now: what a transfer can take, and what it took. */
const AccountBalance = observer(function AccountBalanceView() {
  const balance = useStores().wallet.view?.acct_balc
  if (balance === null || balance === undefined) return null
  return (
    <Text className='notice__hint' id='transfer-balance'>
      个人账户余额：{formatYuan(balance)}
    </Text>
  )
})

function TransferResultCard() {
  const { wallet } = useStores()
  const result = wallet.result
  if (!result) return null
  return (
    <View className='card notice' id='transfer-result'>
      {result.kind === 'sent' ? (
        <Text className='notice__title' id='transfer-result-title'>
          已转出，待对方确认收款
        </Text>
      ) : (
        <Text className='notice__text notice__text--error' id='transfer-error'>
          {result.error.message}
        </Text>
      )}
      {result.kind === 'sent' ? <AccountBalance /> : null}
      {result.kind === 'sent' && result.output.warning ? (
        <Text className='notice__hint' id='transfer-result-warning'>
          {result.output.warning}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-plain'
        id='transfer-again'
        onClick={() => wallet.resetForm()}
      >
        {result.kind === 'sent' ? '继续转账' : '修改后重试'}
      </Tappable>
    </View>
  )
}

/** W2: 向家人转账 (姓名, 身份证号, 与本人关系, 金额 → 支付密码). */
export const TransferForm = observer(function TransferFormView() {
  const { wallet } = useStores()
  const [tried, setTried] = useState(false)
  const [paying, setPaying] = useState(false)
  const form = wallet.recipient
  if (!wallet.canSend) return null
  if (wallet.result) return <TransferResultCard />
  const next = () => {
    setTried(true)
    if (wallet.problem === null) setPaying(true)
  }
  return (
    <View className='card' id='transfer-form'>
      <Text className='notice__title'>向家人转账</Text>
      <AccountBalance />
      <Text className='form__label'>姓名</Text>
      <Input
        className='form__input'
        id='transfer-name'
        placeholder='请输入收款家人的姓名'
        value={form.name}
        onInput={(e) => form.setName(e.detail.value)}
      />
      <Text className='form__label'>身份证号</Text>
      <Input
        className='form__input'
        id='transfer-certno'
        type='idcard'
        placeholder='请输入18位身份证号'
        maxlength={18}
        value={form.certno}
        onInput={(e) => form.setCertno(e.detail.value)}
        onBlur={() => form.touchCertno()}
      />
      {form.certnoError ? (
        <Text className='notice__text notice__text--error' id='transfer-certno-error'>
          {form.certnoError}
        </Text>
      ) : null}
      <Text className='form__label'>与本人关系</Text>
      <RelationPicker
        relations={form.relations}
        value={form.relation}
        onPick={(index) => form.pickRelation(index)}
      />
      <Text className='form__label'>金额（元）</Text>
      <Input
        className='form__input'
        id='transfer-amount'
        type='digit'
        placeholder='请输入转账金额（元）'
        value={wallet.amountText}
        onInput={(e) => wallet.setAmountText(e.detail.value)}
      />
      {wallet.reserveWarning ? (
        <Text className='notice__text notice__text--warn' id='transfer-reserve-warning'>
          {wallet.reserveWarning}
        </Text>
      ) : null}
      {tried && wallet.problem ? (
        <Text className='notice__text notice__text--error' id='transfer-problem'>
          {wallet.problem}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-primary'
        id='transfer-next'
        disabled={wallet.transferTask.pending}
        onClick={next}
      >
        转账
      </Tappable>
      {paying ? <TransferPinSheet onClose={() => setPaying(false)} /> : null}
    </View>
  )
})
