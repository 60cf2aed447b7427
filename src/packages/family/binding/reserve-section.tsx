import { Input, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import type { ReserveMode } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { toast } from '../../../platform/feedback'
import { RESERVE_MODE_LABELS } from '../../../stores/reserve-store'
import { useStores } from '../../../stores/store-context'

const MODES: readonly ReserveMode[] = ['none', 'amount', 'percent']

const ReserveEditor = observer(function ReserveEditorView({ onDone }: { onDone: () => void }) {
  const { reserve } = useStores()
  const save = async () => {
    if (await reserve.save()) {
      toast('自留金额已设置')
      onDone()
    }
  }
  return (
    <View id='reserve-editor'>
      {MODES.map((mode) => (
        <Tappable
          key={mode}
          role='radio'
          checked={reserve.mode === mode}
          className={`choice ${reserve.mode === mode ? 'choice--on' : ''}`}
          id={`reserve-${mode}`}
          onClick={() => reserve.choose(mode)}
        >
          <Text className='choice__mark'>{reserve.mode === mode ? '●' : '○'}</Text>
          <Text className='choice__text'>{RESERVE_MODE_LABELS[mode]}</Text>
          {mode === 'amount' ? (
            <Input
              className='choice__input'
              id='reserve-amount-input'
              type='digit'
              placeholder='金额（元）'
              value={reserve.amountText}
              onInput={(e) => reserve.setAmountText(e.detail.value)}
              onFocus={() => reserve.choose('amount')}
            />
          ) : null}
          {mode === 'percent' ? (
            <Input
              className='choice__input'
              id='reserve-percent-input'
              type='number'
              placeholder='1–90'
              value={reserve.percentText}
              onInput={(e) => reserve.setPercentText(e.detail.value)}
              onFocus={() => reserve.choose('percent')}
            />
          ) : null}
          {mode === 'percent' ? <Text className='choice__text'>%</Text> : null}
        </Tappable>
      ))}
      {reserve.preview ? (
        <Text className='notice__hint' id='reserve-preview'>
          {reserve.preview}
        </Text>
      ) : null}
      {reserve.problem ? (
        <Text className='notice__text notice__text--error' id='reserve-problem'>
          {reserve.problem}
        </Text>
      ) : null}
      {reserve.saveTask.error ? (
        <Text className='notice__text notice__text--error' id='reserve-error'>
          {reserve.saveTask.error.message}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-primary'
        id='reserve-save'
        disabled={reserve.saveTask.pending}
        onClick={() => void save()}
      >
        保存
      </Tappable>
      <Tappable as='button' className='btn btn-plain' id='reserve-cancel' onClick={onDone}>
        取消
      </Tappable>
    </View>
  )
})

/** R1–R3 on 共济绑定: what the 共济人 keeps, and what that leaves members right now. */
export const ReserveSection = observer(function ReserveSectionView() {
  const { reserve } = useStores()
  const [editing, setEditing] = useState(false)
  const saved = reserve.saved
  if (!saved) return null
  const edit = () => {
    reserve.open()
    setEditing(true)
  }
  return (
    <View className='card reserve' id='reserve'>
      <Text className='notice__title'>自留金额</Text>
      {editing ? (
        <ReserveEditor onDone={() => setEditing(false)} />
      ) : (
        <View>
          <Text className='notice__text' id='reserve-mode'>
            {RESERVE_MODE_LABELS[saved.mode]}
            {saved.mode === 'none' ? '' : `：自留${formatYuan(saved.amount)}`}
          </Text>
          <Text className='notice__hint' id='reserve-sentence'>
            {saved.sentence}
          </Text>
          {saved.mode === 'none' ? null : (
            <Text className='notice__text' id='reserve-avail'>
              家人现在最多可用：<Text className='amount'>{formatYuan(saved.avail)}</Text>
            </Text>
          )}
          <Tappable as='button' className='btn btn-plain' id='reserve-edit' onClick={edit}>
            设置自留金额
          </Tappable>
        </View>
      )}
    </View>
  )
})
