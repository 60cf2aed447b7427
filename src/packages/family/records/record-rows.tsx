import { Text, View } from '@tarojs/components'

import { displayTime } from '../../../components/display-time'
import { Tappable } from '../../../components/tappable'
import type { ConsumptionRowView, LedgerRowView } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { navigate, routes } from '../../../platform/navigation'

/** Row heights in design px; the list relies on every row being exactly this tall. */
export const CHANGE_ROW_HEIGHT = 150
export const CONSUMPTION_ROW_HEIGHT = 190

function signedYuan(fen: number): string {
  return fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen)
}

function openDetail(id: string): void {
  navigate(routes.recordDetail, { id })
}

/**
 * Every row has the same elements whatever its content, so when a row view is handed to another
 * record only its texts change.
 */
export function ChangeRow({ row }: { row: LedgerRowView }) {
  const title = row.member ? `${row.kind} · ${row.member.psn_name}` : row.kind
  return (
    <Tappable className='record-row' id={`row-${row.id}`} onClick={() => openDetail(row.id)}>
      <View className='record-row__line'>
        <Text className='record-row__title'>{title}</Text>
        <Text className={`record-row__amount amount ${row.amount > 0 ? 'record-row__in' : ''}`}>
          {signedYuan(row.amount)}
        </Text>
      </View>
      <View className='record-row__line'>
        <Text className='record-row__note'>{displayTime(row.time)}</Text>
        <Text className='record-row__note amount'>余额 {formatYuan(row.balc_after)}</Text>
      </View>
    </Tappable>
  )
}

function placeOf(row: ConsumptionRowView): string {
  return row.category && row.inst_name ? `${row.category} · ${row.inst_name}` : row.summary
}

/** Who paid how much of one's own purchase, in a few words. */
function splitSummary(row: ConsumptionRowView): string {
  if (row.kind === '共济支出') return `${placeOf(row)}，共 ${formatYuan(row.total)}`
  const parts: string[] = []
  if (row.from_account > 0) parts.push(`个人账户 ${formatYuan(row.from_account)}`)
  const family = row.paid_by.reduce((sum, p) => sum + p.amount, 0)
  if (family > 0) parts.push(`家人共济 ${formatYuan(family)}`)
  if (row.psn_cash_pay > 0) parts.push(`现金 ${formatYuan(row.psn_cash_pay)}`)
  return parts.join('，')
}

/** A member's purchase shows what left one's own account; one's own shows the whole bill. */
export function ConsumptionRow({ row }: { row: ConsumptionRowView }) {
  const mulaid = row.kind === '共济支出'
  const title = mulaid ? `为${row.member?.psn_name ?? '家人'}支付` : placeOf(row)
  const refunded = row.refunded > 0 ? `已退 ${formatYuan(row.refunded)}` : ''
  return (
    <Tappable className='record-row' id={`row-${row.id}`} onClick={() => openDetail(row.id)}>
      <View className='record-row__line'>
        <Text className='record-row__title'>{title}</Text>
        <Text className='record-row__amount amount'>
          {mulaid ? formatYuan(-row.from_account) : formatYuan(row.total)}
        </Text>
      </View>
      <View className='record-row__line'>
        <Text className='record-row__split'>{splitSummary(row)}</Text>
      </View>
      <View className='record-row__line'>
        <Text className='record-row__note'>{displayTime(row.time)}</Text>
        <Text className='record-row__note record-row__refund'>{refunded}</Text>
      </View>
    </Tappable>
  )
}
