import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { displayTime } from '../../../components/display-time'
import { Tappable } from '../../../components/tappable'
import type { TransferView } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { TRANSFER_STATE_NAMES } from '../../../domain/wallet-states'
import { toast } from '../../../platform/feedback'
import { useStores } from '../../../stores/store-context'

function TransferRow({
  transfer,
  incoming,
  focus,
}: {
  transfer: TransferView
  incoming: boolean
  /** The transfer a tapped message is about. */
  focus: string | null
}) {
  const other = incoming ? transfer.from : transfer.to
  const focused = focus === transfer.transfer_id
  return (
    <View
      className={`wallet-transfer ${focused ? 'wallet-transfer--focus' : ''}`}
      id={`transfer-${transfer.transfer_id}`}
    >
      {focused ? (
        <Text className='wallet-transfer__focus' id='transfer-focus'>
          消息中的这笔转账
        </Text>
      ) : null}
      <View className='wallet-transfer__head'>
        <Text className='wallet-transfer__who'>
          {incoming ? `来自${other.psn_name}` : `转给${other.psn_name}（${transfer.relation}）`}
        </Text>
        <Text className='amount'>{formatYuan(transfer.amount)}</Text>
      </View>
      <Text className='wallet-transfer__line'>{displayTime(transfer.created_at)}</Text>
      <Text
        className={`wallet-transfer__state wallet-transfer__state--${transfer.state}`}
        id={`transfer-${transfer.transfer_id}-state`}
      >
        {TRANSFER_STATE_NAMES[transfer.state]}
      </Text>
      {transfer.state === 'pending' ? (
        <Text className='wallet-transfer__line'>{displayTime(transfer.due_at)}前未确认将退回</Text>
      ) : null}
    </View>
  )
}

/** W3: what waits for this person's 确认收款. */
export const PendingIn = observer(function PendingInView({ focus }: { focus: string | null }) {
  const { wallet } = useStores()
  if (wallet.pendingIn.length === 0) return null
  const accept = async (id: string) => {
    if (await wallet.accept(id)) toast('已收款，已存入您的医保钱包')
  }
  return (
    <View className='card' id='wallet-pending'>
      <Text className='notice__title'>待收款</Text>
      {wallet.pendingIn.map((transfer) => (
        <View key={transfer.transfer_id}>
          <TransferRow transfer={transfer} incoming focus={focus} />
          <Tappable
            as='button'
            className='btn btn-primary'
            id={`accept-${transfer.transfer_id}`}
            disabled={wallet.acceptTask.pending}
            onClick={() => void accept(transfer.transfer_id)}
          >
            确认收款
          </Tappable>
        </View>
      ))}
      {wallet.acceptTask.error ? (
        <Text className='notice__text notice__text--error' id='accept-error'>
          {wallet.acceptTask.error.message}
        </Text>
      ) : null}
    </View>
  )
})

export const TransferHistory = observer(function TransferHistoryView({
  focus,
}: {
  focus: string | null
}) {
  const { wallet } = useStores()
  const view = wallet.view
  if (!view) return null
  const done = view.transfers_in.filter((t) => t.state !== 'pending')
  if (view.transfers_out.length === 0 && done.length === 0) return null
  return (
    <View className='card' id='wallet-transfers'>
      <Text className='notice__title'>转账记录</Text>
      {view.transfers_out.map((transfer) => (
        <TransferRow
          key={transfer.transfer_id}
          transfer={transfer}
          incoming={false}
          focus={focus}
        />
      ))}
      {done.map((transfer) => (
        <TransferRow key={transfer.transfer_id} transfer={transfer} incoming focus={focus} />
      ))}
    </View>
  )
})
