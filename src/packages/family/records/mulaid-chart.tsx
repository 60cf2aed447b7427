import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { PageStatus } from '../../../components/page-status'
import { Tappable } from '../../../components/tappable'
import { formatWholeYuan, formatYuan } from '../../../domain/money'
import type { MulaidChart } from '../../../stores/mulaid-chart-store'
import { useStores } from '../../../stores/store-context'

/** Bars stack one colour per member; five colours are plenty for a family. */
const COLOURS = 5

function Bars({ chart }: { chart: MulaidChart }) {
  return (
    <View className='mulaid-chart__bars'>
      {chart.months.map((month, i) => (
        <View className='mulaid-chart__col' key={month} id={`chart-month-${month}`}>
          <Text className='mulaid-chart__value'>
            {chart.monthTotals[i] > 0 ? formatWholeYuan(chart.monthTotals[i]) : ''}
          </Text>
          <View className='mulaid-chart__area'>
            {chart.series.map((series, j) =>
              series.values[i] > 0 ? (
                <View
                  key={series.key}
                  className={`mulaid-chart__seg mulaid-chart__seg--${j % COLOURS}`}
                  style={{ height: `${(series.values[i] / chart.max) * 100}%` }}
                />
              ) : null,
            )}
          </View>
          <Text className='mulaid-chart__month'>{Number(month.slice(5))}月</Text>
        </View>
      ))}
    </View>
  )
}

function Legend({ chart }: { chart: MulaidChart }) {
  return (
    <View className='mulaid-chart__legend'>
      {chart.series.map((series, j) => (
        <View className='mulaid-chart__legend-row' key={series.key} id={`chart-member-${j}`}>
          <View className={`mulaid-chart__swatch mulaid-chart__seg--${j % COLOURS}`} />
          <Text className='mulaid-chart__name'>{series.name}</Text>
          <Text className='mulaid-chart__total amount'>{formatYuan(series.total)}</Text>
        </View>
      ))}
    </View>
  )
}

const ChartBody = observer(function ChartBodyView() {
  const { records } = useStores()
  const store = records.chart
  if (store.loadTask.pending) return <PageStatus loading />
  if (store.loadTask.error) {
    return <PageStatus error={store.loadTask.error} onRetry={() => void store.load()} />
  }
  const chart = store.chart
  if (!chart) return null
  if (chart.max === 0) {
    return (
      <View className='mulaid-chart' id='chart-empty'>
        <Text className='hint'>近6个月您的账户没有为家人支付过费用。</Text>
      </View>
    )
  }
  return (
    <View className='mulaid-chart' id='mulaid-chart'>
      <Bars chart={chart} />
      <Text className='hint'>近6个月合计（已扣除退费）：</Text>
      <Legend chart={chart} />
    </View>
  )
})

/** For a 共济人: how much their account paid for each member, month by month. */
export const MulaidChartCard = observer(function MulaidChartCardView() {
  const { records } = useStores()
  const [open, setOpen] = useState(false)
  if (!records.isPayer) return null
  const toggle = () => {
    if (!open) void records.chart.load()
    setOpen(!open)
  }
  return (
    <View className='card card--flush records__chart'>
      <Tappable
        className='records__chart-toggle'
        id='chart-toggle'
        expanded={open}
        onClick={toggle}
      >
        <Text className='records__chart-title'>近6个月为家人共济支出</Text>
        <Text className='records__chart-action'>{open ? '收起 ▲' : '查看 ›'}</Text>
      </Tappable>
      {open ? <ChartBody /> : null}
    </View>
  )
})
