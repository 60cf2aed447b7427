import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import type { PayerEntry } from '../../../domain/api'
import { liveAttributes } from '../../../platform/a11y'
import { toast } from '../../../platform/feedback'
import { useStores } from '../../../stores/store-context'

function moved(ids: string[], index: number, by: -1 | 1): string[] {
  const target = index + by
  if (target < 0 || target >= ids.length) return ids
  const next = [...ids]
  next.splice(target, 0, ...next.splice(index, 1))
  return next
}

/**
 * O1: the deduction order of one member's 共济人, rearranged with big "上移"/"下移" buttons
 * (no dragging) and saved in one request.
 */
export const OrderEditor = observer(function OrderEditorView({
  idPrefix,
  payers,
  onDone,
}: {
  idPrefix: string
  payers: PayerEntry[]
  onDone: () => void
}) {
  const { member } = useStores()
  const [ids, setIds] = useState(() => payers.map((p) => p.binding.binding_id))
  const byId = new Map(payers.map((p) => [p.binding.binding_id, p]))
  const task = member.orderTask
  const unchanged = ids.every((id, index) => id === payers[index]?.binding.binding_id)

  const save = async () => {
    if (await member.setOrder(ids)) {
      toast('扣款顺序已调整')
      onDone()
    }
  }

  return (
    <View className='card order-editor' id={`${idPrefix}-editor`}>
      <Text className='order-editor__hint'>看病买药时，按从上到下的顺序使用家人的共济账户。</Text>
      {ids.map((id, index) => (
        <View key={id} className='order-editor__row' id={`${idPrefix}-row-${index + 1}`}>
          <Text className='order-editor__name'>
            {index + 1}. {byId.get(id)?.binding.payer.psn_name}
          </Text>
          <Tappable
            as='button'
            className='btn btn-plain order-editor__move'
            id={`${idPrefix}-up-${index + 1}`}
            disabled={index === 0 || task.pending}
            onClick={() => setIds(moved(ids, index, -1))}
          >
            上移
          </Tappable>
          <Tappable
            as='button'
            className='btn btn-plain order-editor__move'
            id={`${idPrefix}-down-${index + 1}`}
            disabled={index === ids.length - 1 || task.pending}
            onClick={() => setIds(moved(ids, index, 1))}
          >
            下移
          </Tappable>
        </View>
      ))}
      {task.error ? (
        <Text className='error-text' id={`${idPrefix}-order-error`} {...liveAttributes('alert')}>
          {task.error.message}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-primary'
        id={`${idPrefix}-save-order`}
        disabled={task.pending || unchanged}
        onClick={() => void save()}
      >
        保存顺序
      </Tappable>
      <Tappable
        as='button'
        className='btn btn-plain'
        id={`${idPrefix}-cancel-order`}
        disabled={task.pending}
        onClick={onDone}
      >
        取消
      </Tappable>
    </View>
  )
})
