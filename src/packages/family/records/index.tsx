import './index.scss'

import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'

import { LoginRequired } from '../../../components/login-required'
import { PageStatus } from '../../../components/page-status'
import { formatYuan } from '../../../domain/money'
import { useStores } from '../../../stores/store-context'

const BalanceCard = observer(function BalanceCardView() {
  const { session } = useStores()
  const person = session.person
  if (!person) return null
  return (
    <View className='card records__balance' id='balance-card'>
      <Text className='records__balance-label'>账户余额</Text>
      {person.balc === null ? (
        <Text className='records__balance-none' id='balance-none'>
          您参加的是{person.insutype_name}，没有个人账户；家人为您共济支付的记录见下方。
        </Text>
      ) : (
        <Text className='records__balance-value amount' id='balance-value'>
          {formatYuan(person.balc)}
        </Text>
      )}
    </View>
  )
})

/** 共济查询: the balance on top, then the records. */
function RecordsPage() {
  const { session } = useStores()
  useDidShow(() => {
    if (session.loggedIn) void session.refresh()
  })
  return (
    <View className='page records'>
      <LoginRequired>
        <PageStatus
          loading={session.refreshTask.pending && !session.person}
          error={session.refreshTask.error}
          onRetry={() => void session.refresh()}
        />
        <BalanceCard />
      </LoginRequired>
    </View>
  )
}

export default observer(RecordsPage)
