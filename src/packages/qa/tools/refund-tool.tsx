import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { displayTime } from '../../../components/display-time'
import { Tappable } from '../../../components/tappable'
import type { RefundPart, SettlementView } from '../../../domain/api'
import { formatYuan, parseYuan } from '../../../domain/money'
import type { QaStore } from '../../../stores/qa-store'
import { InputRow, ResultLines, ToolCard, ToolError } from './form'

/** The newest few are what a tester refunds; older ones stay in 共济查询. */
const SHOWN = 8

function SettlementOption(props: { s: SettlementView; on: boolean; onPick: () => void }) {
  const { s } = props
  return (
    <Tappable
      id={`refund-setl-${s.setl_id}`}
      className={`qa-form__option ${props.on ? 'qa-form__option--on' : ''}`}
      onClick={props.onPick}
    >
      <Text className='qa-form__option-title'>
        {s.patient.psn_name} · {s.category} · {formatYuan(s.amount)}
      </Text>
      <Text className='hint'>
        {displayTime(s.time)} {s.inst_name}，可退 {formatYuan(s.refundable)}
      </Text>
    </Tappable>
  )
}

function partLine(part: RefundPart): string {
  if (part.account === 'cash') return `退回现金 ${formatYuan(part.amount)}`
  if (part.account === 'own') return `退回就医人本人个人账户 ${formatYuan(part.amount)}`
  return `退回共济人 ${part.payer?.psn_name ?? ''} 的个人账户 ${formatYuan(part.amount)}`
}

/** 模拟退费: a recent settlement, all of what can still be refunded or part of it. */
export const RefundTool = observer(function RefundToolView({ qa }: { qa: QaStore }) {
  const [setlId, setSetlId] = useState<string | null>(null)
  const [partial, setPartial] = useState(false)
  const [amount, setAmount] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const refundable = qa.refundable.slice(0, SHOWN)
  const chosen = refundable.find((s) => s.setl_id === setlId) ?? null

  const submit = () => {
    if (!chosen) return setProblem('请选择要退费的结算。')
    const fen = partial ? parseYuan(amount) : chosen.refundable
    if (fen === null || fen === 0) return setProblem('请输入正确的退费金额（元）。')
    setProblem(null)
    void qa.refund({ setl_id: chosen.setl_id, amount: fen })
  }

  const result = qa.lastRefund
  return (
    <ToolCard
      id='tool-refund'
      title='模拟退费'
      hint='按原结算退回：先退现金，再退最后一位共济人……本人个人账户最后退。'
    >
      {refundable.length === 0 ? (
        <Text className='hint' id='refund-none'>
          暂无可退费的结算，请先用“模拟就医结算”结算一笔。
        </Text>
      ) : (
        <View className='qa-form__block' id='refund-settlement'>
          <Text className='qa-form__label'>选择结算（最近的在前）</Text>
          {refundable.map((s) => (
            <SettlementOption
              key={s.setl_id}
              s={s}
              on={s.setl_id === setlId}
              onPick={() => setSetlId(s.setl_id)}
            />
          ))}
        </View>
      )}
      {chosen ? (
        <Text className='hint' id='refund-refundable'>
          结算金额 {formatYuan(chosen.amount)}，已退 {formatYuan(chosen.refunded)}，还可退{' '}
          {formatYuan(chosen.refundable)}
        </Text>
      ) : null}
      <View className='qa-form__choices'>
        <Tappable
          id='refund-full'
          className={`qa-form__choice ${partial ? '' : 'qa-form__choice--on'}`}
          onClick={() => setPartial(false)}
        >
          <Text>全额退费</Text>
        </Tappable>
        <Tappable
          id='refund-partial'
          className={`qa-form__choice ${partial ? 'qa-form__choice--on' : ''}`}
          onClick={() => setPartial(true)}
        >
          <Text>部分退费</Text>
        </Tappable>
      </View>
      {partial ? (
        <InputRow
          id='refund-amount'
          label='退费金额（元）'
          value={amount}
          placeholder='如 50'
          digits
          onInput={setAmount}
        />
      ) : null}
      <ToolError id='refund-error' error={problem ?? qa.refundTask.error} />
      <Tappable
        as='button'
        className='btn btn-primary'
        id='refund-submit'
        disabled={qa.refundTask.pending}
        loading={qa.refundTask.pending}
        onClick={submit}
      >
        确认退费
      </Tappable>
      {result ? (
        <ResultLines
          id='refund-result'
          title={`已退费 ${formatYuan(result.amount)}`}
          lines={[
            ...result.parts.map(partLine),
            `该结算还可退 ${formatYuan(result.refundable_after)}`,
          ]}
        />
      ) : null}
    </ToolCard>
  )
})
