import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { EmptyState, PageStatus } from '../../../components/page-status'
import { Tappable } from '../../../components/tappable'
import { VirtualList } from '../../../components/virtual-list'
import type { ConsumptionRowView, LedgerRowView } from '../../../domain/api'
import { liveAttributes } from '../../../platform/a11y'
import { navigate, routes } from '../../../platform/navigation'
import type { RecordListing } from '../../../stores/record-listing'
import type { RecordsStore } from '../../../stores/records-store'
import { useStores } from '../../../stores/store-context'
import { CHANGE_ROW_HEIGHT, ChangeRow, CONSUMPTION_ROW_HEIGHT, ConsumptionRow } from './record-rows'

const ListFooter = observer(function ListFooterView({
  listing,
}: {
  listing: RecordListing<{ id: string }>
}) {
  if (listing.moreError) {
    return (
      <View className='records__footer' id='list-more-error' {...liveAttributes('alert')}>
        <Text className='error-text'>{listing.moreError.message}</Text>
        <Tappable
          as='button'
          className='btn btn-plain'
          id='list-more-retry'
          onClick={() => listing.loadMore()}
        >
          重新加载
        </Tappable>
      </View>
    )
  }
  if (listing.loadingMore) {
    return (
      <View className='records__footer' id='list-loading-more'>
        <Text className='hint'>正在加载更多…</Text>
      </View>
    )
  }
  if (listing.done) {
    return (
      <View className='records__footer' id='list-end'>
        <Text className='hint'>已显示全部 {listing.rows.length} 条记录</Text>
      </View>
    )
  }
  return (
    <View className='records__footer'>
      <Tappable
        as='button'
        className='btn btn-plain'
        id='list-more'
        onClick={() => listing.loadMore()}
      >
        加载更多
      </Tappable>
    </View>
  )
})

function emptyText(records: RecordsStore, hasAccount: boolean): string {
  const filtered = records.filters.query(records.tab)
  if (Object.keys(filtered).length > 0) return '没有符合筛选条件的记录。'
  if (records.tab === 'changes' && !hasAccount) {
    return '您没有个人账户，所以没有账户变动。家人为您支付的费用请看“消费记录”。'
  }
  return records.tab === 'changes'
    ? '暂无账户变动。'
    : '暂无消费记录。在定点医院、药店结算后，由个人账户或家人共济支付的费用会显示在这里。'
}

const EmptyRecords = observer(function EmptyRecordsView() {
  const { records, session } = useStores()
  const hasAccount = session.person?.balc !== null
  const filtered = Object.keys(records.filters.query(records.tab)).length > 0
  return (
    <EmptyState text={emptyText(records, hasAccount)}>
      {filtered ? (
        <Tappable
          as='button'
          className='btn btn-plain'
          id='clear-filters'
          onClick={() => records.clearFilters()}
        >
          清除筛选条件
        </Tappable>
      ) : records.tab === 'changes' && !hasAccount ? (
        <Tappable
          as='button'
          className='btn btn-plain'
          id='go-consumption'
          onClick={() => records.selectTab('consumption')}
        >
          查看消费记录
        </Tappable>
      ) : records.tab === 'consumption' ? (
        <Tappable
          as='button'
          className='btn btn-plain'
          id='go-binding'
          onClick={() => navigate(routes.binding)}
        >
          查看共济绑定
        </Tappable>
      ) : null}
    </EmptyState>
  )
})

/** The shown tab's rows: loading, error, empty, or the windowed list with its footer. */
export const RecordsList = observer(function RecordsListView() {
  const { records } = useStores()
  const listing = records.listing
  if (listing.loading) return <PageStatus loading />
  if (listing.error) return <PageStatus error={listing.error} onRetry={() => records.retry()} />
  if (listing.empty) return <EmptyRecords />
  const footer = <ListFooter listing={listing} />
  const onNearEnd = () => void listing.loadMore()
  // A new query is a new list: it starts at the top rather than where the old one was scrolled.
  const key = `${records.tab}${listing.queryKey ?? ''}`
  if (records.tab === 'changes') {
    return (
      <VirtualList
        key={key}
        id='records-list'
        items={records.changes.rows}
        rowHeight={CHANGE_ROW_HEIGHT}
        renderRow={(row: LedgerRowView) => <ChangeRow row={row} />}
        onNearEnd={onNearEnd}
        footer={footer}
      />
    )
  }
  return (
    <VirtualList
      key={key}
      id='records-list'
      items={records.consumption.rows}
      rowHeight={CONSUMPTION_ROW_HEIGHT}
      renderRow={(row: ConsumptionRowView) => <ConsumptionRow row={row} />}
      onNearEnd={onNearEnd}
      footer={footer}
    />
  )
})
