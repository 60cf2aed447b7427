import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { formatYuan } from '../../../domain/money'
import { useStores } from '../../../stores/store-context'

/** W2/W3 first, in plain words, with what is left of today's limits. */
export const RulesCard = observer(function RulesCardView() {
  const { wallet } = useStores()
  const room = wallet.view?.room
  if (!room) return null
  return (
    <View className='card wallet-rules' id='wallet-rules'>
      <Text className='notice__title'>跨省共济怎么用</Text>
      <Text className='wallet-rules__line'>
        把您的职工医保个人账户里的钱，转到外省近亲属的医保钱包，供其本人看病买药。
      </Text>
      <Text className='wallet-rules__line'>· 单笔不超过{formatYuan(room.max_amount)}</Text>
      <Text className='wallet-rules__line'>· 每日最多{room.daily_count}笔</Text>
      <Text className='wallet-rules__line'>
        · {room.closes_at}至次日{room.opens_at}暂停
      </Text>
      <Text className='wallet-rules__line'>· 对方需开通医保钱包并确认收款</Text>
      <Text className='wallet-rules__line'>· 未确认的次日{room.opens_at}退回</Text>
      {wallet.canSend ? (
        <Text className='wallet-rules__room' id='wallet-room'>
          今日还可转{room.daily_left}笔
          {room.open_now ? '' : `（现在暂停转账，${room.opens_at}后可转）`}
        </Text>
      ) : null}
    </View>
  )
})
