import './index.scss'

import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'

import { PageRoot } from '../../../components/display-mode'
import { LoginRequired } from '../../../components/login-required'
import { PageStatus } from '../../../components/page-status'
import { Tappable } from '../../../components/tappable'
import { formatYuan } from '../../../domain/money'
import { groupAttributes } from '../../../platform/a11y'
import type { RecordsTab } from '../../../stores/record-filters'
import { useStores } from '../../../stores/store-context'
import { MulaidChartCard } from './mulaid-chart'
import { RecordFilterBar } from './record-filter-bar'
import { RecordsList } from './records-list'

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

const TABS: readonly { tab: RecordsTab; label: string }[] = [
  { tab: 'changes', label: '账户变动' },
  { tab: 'consumption', label: '消费记录' },
]

const RecordTabs = observer(function RecordTabsView() {
  const { records } = useStores()
  return (
    <View className='records__tabs' {...groupAttributes('tablist', '记录类型')}>
      {TABS.map(({ tab, label }) => (
        <Tappable
          key={tab}
          id={`tab-${tab}`}
          className={`records__tab ${records.tab === tab ? 'records__tab--on' : ''}`}
          role='tab'
          selected={records.tab === tab}
          onClick={() => records.selectTab(tab)}
        >
          <Text>{label}</Text>
        </Tappable>
      ))}
    </View>
  )
})

/** 共济查询: the balance on top, then 账户变动 and 消费记录 with filters, newest first. */
function RecordsPage() {
  const { session, records } = useStores()
  const person = session.person
  const who = person ? `${person.psn_name}${person.certno}` : null
  // Opens on arrival, after logging in from here, and afresh if another person logs in.
  useEffect(() => {
    if (person) records.open(person.balc !== null)
    // Only a change of person reopens; a refreshed balance does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [who, records])
  useDidShow(() => {
    if (session.loggedIn) void session.refresh()
  })
  // When even the balance cannot be read, one message and one retry for the whole page.
  const pageError = session.refreshTask.error
  const retryAll = () => {
    void session.refresh()
    records.retry()
  }
  return (
    <PageRoot className='records'>
      <LoginRequired>
        <View className='records__head'>
          <PageStatus
            loading={session.refreshTask.pending && !session.person}
            error={pageError}
            onRetry={retryAll}
          />
          <BalanceCard />
          {pageError ? null : <MulaidChartCard />}
        </View>
        {pageError ? null : (
          <View className='records__body'>
            <View className='records__bar'>
              <RecordTabs />
              <RecordFilterBar />
            </View>
            <RecordsList />
          </View>
        )}
      </LoginRequired>
    </PageRoot>
  )
}

export default observer(RecordsPage)
