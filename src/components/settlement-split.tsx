import './settlement-split.scss'

import { Text, View } from '@tarojs/components'

import type { SettlementView } from '../domain/api'
import { formatYuan } from '../domain/money'

function SplitLine(props: {
  id: string
  label: string
  amount: number
  notes?: (string | false | undefined)[]
}) {
  const notes = (props.notes ?? []).filter((n): n is string => Boolean(n))
  return (
    <View className='split__line' id={props.id}>
      <View className='split__main'>
        <Text className='split__label'>{props.label}</Text>
        <Text className='split__amount amount'>{formatYuan(props.amount)}</Text>
      </View>
      {notes.map((note) => (
        <Text className='split__note' key={note}>
          {note}
        </Text>
      ))}
    </View>
  )
}

function refundedNote(fen: number): string | false {
  return fen > 0 && `已退回 ${formatYuan(fen)}`
}

/**
 * Who paid what of one settlement: own account, own 医保钱包 (T1), each 共济人 in deduction order (with why one paid
 * nothing), and cash. A 共济人 who is not the patient is sent only what their own account paid
 * (A1), so that is all they are shown.
 */
export function SettlementSplit({
  settlement,
  title = '这笔费用谁付了多少',
}: {
  settlement: SettlementView
  title?: string
}) {
  const shown = settlement.lines.reduce((sum, line) => sum + line.amount, 0)
  const others = settlement.acct_mulaid_pay - shown
  const partOnly = settlement.payer_part_only === true
  return (
    <View className='card split' id='split-card'>
      <Text className='split__title'>{title}</Text>
      <View className='split__facts'>
        <Text className='split__fact' id='split-patient'>
          就医人：{settlement.patient.psn_name}
        </Text>
        <Text className='split__fact'>
          机构：{settlement.inst_name}（{settlement.inst_type}）
        </Text>
        <Text className='split__fact'>费用类别：{settlement.category}</Text>
      </View>
      {settlement.acct_pay > 0 || settlement.acct_skip_reason ? (
        <SplitLine
          id='split-own'
          label={`${settlement.patient.psn_name}本人个人账户`}
          amount={settlement.acct_pay}
          notes={[
            settlement.acct_skip_reason && `未扣款：${settlement.acct_skip_reason}`,
            refundedNote(settlement.acct_refunded),
          ]}
        />
      ) : null}
      {settlement.wallet_pay > 0 ? (
        <SplitLine
          id='split-wallet'
          label={`${settlement.patient.psn_name}本人医保钱包`}
          amount={settlement.wallet_pay}
          notes={[refundedNote(settlement.wallet_refunded)]}
        />
      ) : null}
      {settlement.lines.map((line) => (
        <SplitLine
          key={line.binding_id}
          id={`split-line-${line.binding_id}`}
          label={`共济人 ${line.payer.psn_name}`}
          amount={line.amount}
          notes={[line.skip_reason && `未扣款：${line.skip_reason}`, refundedNote(line.refunded)]}
        />
      ))}
      {others > 0 ? <SplitLine id='split-others' label='其他共济人合计' amount={others} /> : null}
      {partOnly ? null : (
        <SplitLine
          id='split-cash'
          label='现金支付'
          amount={settlement.psn_cash_pay}
          notes={[refundedNote(settlement.cash_refunded)]}
        />
      )}
      <View className='split__total' id='split-total'>
        <Text className='split__label'>{partOnly ? '您的账户支付' : '合计'}</Text>
        <Text className='split__amount amount'>{formatYuan(settlement.amount)}</Text>
      </View>
      {settlement.refunded > 0 ? (
        <Text className='split__refunded' id='detail-refunded'>
          本次结算已退费 {formatYuan(settlement.refunded)}
        </Text>
      ) : null}
    </View>
  )
}
