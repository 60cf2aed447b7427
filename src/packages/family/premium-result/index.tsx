import './index.scss'

import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { PageRoot } from '../../../components/display-mode'
import { displayTime } from '../../../components/display-time'
import { EmptyState } from '../../../components/page-status'
import { Tappable } from '../../../components/tappable'
import type { PremiumReceipt } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { yearLabel } from '../../../domain/premium-policy'
import { goBack, navigate, redirect, routes } from '../../../platform/navigation'
import { isUnanswered } from '../../../stores/premium-store'
import { useStores } from '../../../stores/store-context'
import type { ApiError } from '../../../stores/task'

function Row({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <View className='receipt__row'>
      <Text className='receipt__label'>{label}</Text>
      <Text className='receipt__value' id={id}>
        {value}
      </Text>
    </View>
  )
}

function Paid({ receipt }: { receipt: PremiumReceipt }) {
  return (
    <>
      <View className='result__head' id='result-paid'>
        <View className='result__icon result__icon--ok'>
          <Text>✓</Text>
        </View>
        <Text className='result__title' id='result-title'>
          代缴成功
        </Text>
        <Text className='result__amount amount'>{formatYuan(receipt.amount)}</Text>
      </View>
      <View className='card receipt' id='receipt'>
        <Row id='receipt-no' label='流水号' value={receipt.receipt_no} />
        <Row id='receipt-year' label='年度' value={yearLabel(receipt.year)} />
        <Row id='receipt-payee' label='被代缴人' value={receipt.payee.psn_name} />
        <Row id='receipt-amount' label='金额' value={formatYuan(receipt.amount)} />
        <Row id='receipt-time' label='时间' value={displayTime(receipt.paid_at)} />
        <Row id='receipt-balance' label='账户余额' value={formatYuan(receipt.balc_after)} />
      </View>
      <Tappable as='button' className='btn btn-primary' id='result-done' onClick={goBack}>
        完成
      </Tappable>
      <Tappable
        as='button'
        className='btn btn-plain'
        id='result-records'
        onClick={() => navigate(routes.records)}
      >
        查看账户变动
      </Tappable>
    </>
  )
}

/** What the citizen can do about a refusal, as a button. */
function NextStep({ error }: { error: ApiError }) {
  if (isUnanswered(error)) {
    return (
      <>
        <Text className='result__hint' id='result-hint'>
          请稍后重新支付。如果刚才已经扣款，重新支付不会重复扣款。
        </Text>
        <Tappable as='button' className='btn btn-primary' id='result-retry' onClick={goBack}>
          重新支付
        </Tappable>
      </>
    )
  }
  if (error.code === 'E_BALANCE') {
    return (
      <>
        <Tappable as='button' className='btn btn-primary' id='result-back' onClick={goBack}>
          返回代缴医保
        </Tappable>
        <Tappable
          as='button'
          className='btn btn-plain'
          id='result-records'
          onClick={() => navigate(routes.records)}
        >
          查看账户余额
        </Tappable>
      </>
    )
  }
  return (
    <Tappable as='button' className='btn btn-primary' id='result-back' onClick={goBack}>
      返回代缴医保
    </Tappable>
  )
}

function Refused({ error, payee }: { error: ApiError; payee: string }) {
  return (
    <>
      <View className='result__head' id='result-refused'>
        <View className='result__icon result__icon--fail'>
          <Text>!</Text>
        </View>
        <Text className='result__title' id='result-title'>
          代缴未成功
        </Text>
        <Text className='result__who'>被代缴人：{payee}</Text>
      </View>
      <View className='card result__message-card'>
        <Text className='result__message' id='result-message'>
          {error.message}
        </Text>
      </View>
      <NextStep error={error} />
    </>
  )
}

/** 代缴结果: the receipt, or the backend's message with the next step. */
function PremiumResultPage() {
  const { premium } = useStores()
  const result = premium.result
  return (
    <PageRoot className='page result'>
      {result?.kind === 'paid' ? <Paid receipt={result.receipt} /> : null}
      {result?.kind === 'refused' ? <Refused error={result.error} payee={result.payee} /> : null}
      {result === null ? (
        <EmptyState text='没有正在办理的代缴。'>
          <Tappable
            as='button'
            className='btn btn-primary'
            id='result-start'
            onClick={() => redirect(routes.premium)}
          >
            去代缴医保
          </Tappable>
        </EmptyState>
      ) : null}
    </PageRoot>
  )
}

export default observer(PremiumResultPage)
