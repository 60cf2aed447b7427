import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { displayTime } from '../../../components/display-time'
import { Tappable } from '../../../components/tappable'
import { formatYuan } from '../../../domain/money'
import { toast } from '../../../platform/feedback'
import { useStores } from '../../../stores/store-context'

/** W1: 开通医保钱包 with a face check, or the balance and the wallet's own history. */
export const OwnWallet = observer(function OwnWalletView() {
  const { wallet } = useStores()
  const view = wallet.view
  if (!view) return null
  if (!view.opened) {
    const open = async () => {
      if (await wallet.open()) toast('医保钱包已开通')
    }
    return (
      <View className='card' id='wallet-closed'>
        <Text className='notice__title'>我的医保钱包</Text>
        <Text className='notice__text'>
          开通后，家人可以向您的医保钱包转账，钱包里的钱用于您本人在定点医药机构的费用。
        </Text>
        <Tappable
          as='button'
          className='btn btn-primary'
          id='wallet-open'
          disabled={wallet.openTask.pending}
          onClick={() => void open()}
        >
          开通医保钱包
        </Tappable>
        {wallet.openTask.error ? (
          <Text className='notice__text notice__text--error' id='wallet-open-error'>
            {wallet.openTask.error.message}
          </Text>
        ) : null}
      </View>
    )
  }
  return (
    <View className='card' id='wallet-own'>
      <Text className='notice__title'>我的医保钱包</Text>
      <Text className='wallet-balance'>
        余额：
        <Text className='amount' id='wallet-balance'>
          {formatYuan(view.balc)}
        </Text>
      </Text>
      {view.history.length === 0 ? (
        <Text className='notice__hint' id='wallet-history-empty'>
          暂无收支记录。
        </Text>
      ) : (
        view.history.map((row) => (
          <View className='wallet-history' key={row.id} id={`wallet-row-${row.id}`}>
            <Text className='wallet-history__kind'>{row.kind}</Text>
            <Text className='wallet-history__time'>{displayTime(row.time)}</Text>
            <Text className='amount'>
              {row.amount > 0 ? '+' : ''}
              {formatYuan(row.amount)}
            </Text>
          </View>
        ))
      )}
    </View>
  )
})
