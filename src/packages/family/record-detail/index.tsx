import './index.scss'

import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'

import { PageRoot } from '../../../components/display-mode'
import { displayTime } from '../../../components/display-time'
import { LoginRequired } from '../../../components/login-required'
import { PageStatus } from '../../../components/page-status'
import { SettlementSplit } from '../../../components/settlement-split'
import { Tappable } from '../../../components/tappable'
import type { LedgerRowView } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { goBack } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'

function Fact({ id, label, value }: { id?: string; label: string; value: string }) {
  return (
    <View className='detail__fact' id={id}>
      <Text className='detail__label'>{label}</Text>
      <Text className='detail__value'>{value}</Text>
    </View>
  )
}

function EntryCard({ row }: { row: LedgerRowView }) {
  return (
    <View className='card detail__entry' id='detail-entry'>
      <Text className='detail__kind' id='detail-kind'>
        {row.kind}
      </Text>
      <Text
        className={`detail__amount amount ${row.amount > 0 ? 'detail__amount--in' : ''}`}
        id='detail-amount'
      >
        {row.amount > 0 ? `+${formatYuan(row.amount)}` : formatYuan(row.amount)}
      </Text>
      <Fact label='时间' value={displayTime(row.time)} />
      <Fact label='说明' value={row.summary} />
      {row.member ? <Fact id='detail-member' label='家人' value={row.member.psn_name} /> : null}
      <Fact id='detail-balance' label='变动后余额' value={formatYuan(row.balc_after)} />
      {row.receipt_no ? <Fact label='流水号' value={row.receipt_no} /> : null}
      {row.setl_id ? <Fact label='结算编号' value={row.setl_id} /> : null}
    </View>
  )
}

/** One record of 共济查询; a settlement shows how it was split. */
function RecordDetailPage() {
  const { session, records } = useStores()
  const id = useRouter().params.id ?? ''
  const store = records.detail
  const loggedIn = session.loggedIn
  useEffect(() => {
    if (loggedIn && id) void store.load(id)
  }, [loggedIn, id, store])
  const detail = store.detail
  return (
    <PageRoot className='page detail'>
      <LoginRequired>
        <PageStatus
          loading={store.loadTask.pending}
          error={store.loadTask.error}
          onRetry={() => void store.load(id)}
        />
        {detail?.row ? <EntryCard row={detail.row} /> : null}
        {detail && !detail.row && detail.settlement ? (
          <View className='card detail__entry' id='detail-entry'>
            <Text className='detail__kind'>本人消费</Text>
            <Text className='detail__amount amount'>{formatYuan(detail.settlement.amount)}</Text>
            <Fact label='时间' value={displayTime(detail.settlement.time)} />
            <Fact label='说明' value='您的个人账户未支付，由家人共济和现金支付' />
          </View>
        ) : null}
        {detail?.settlement ? <SettlementSplit settlement={detail.settlement} /> : null}
        {detail ? (
          <Tappable as='button' className='btn btn-plain' id='detail-back' onClick={goBack}>
            返回记录列表
          </Tappable>
        ) : null}
      </LoginRequired>
    </PageRoot>
  )
}

export default observer(RecordDetailPage)
