import { Input, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import type { BindingView } from '../../../domain/api'
import { formatYuanPlain, parseYuan } from '../../../domain/money'
import { hiddenAttributes, liveAttributes } from '../../../platform/a11y'
import { toast } from '../../../platform/feedback'
import { useStores } from '../../../stores/store-context'

/** O3: a yearly limit for one member, or 不限额; applies at once. */
export const LimitEditor = observer(function LimitEditorView({
  binding,
  onDone,
}: {
  binding: BindingView
  onDone: () => void
}) {
  const { family } = useStores()
  const [unlimited, setUnlimited] = useState(binding.annual_limit === null)
  const [text, setText] = useState(
    binding.annual_limit === null ? '' : formatYuanPlain(binding.annual_limit).replace(/,/g, ''),
  )
  const [tried, setTried] = useState(false)
  const task = family.limitTask
  const amount = parseYuan(text)
  const invalid = !unlimited && amount === null

  const save = async () => {
    setTried(true)
    if (invalid) return
    if (await family.setLimit(binding.binding_id, unlimited ? null : amount)) {
      toast('限额已设置')
      onDone()
    }
  }

  return (
    <View className='card limit-editor' id='limit-editor'>
      <Text className='limit-editor__title'>设置限额</Text>
      <Text className='limit-editor__hint'>
        每个自然年内，{binding.member.psn_name}最多可以使用您账户的金额。
      </Text>
      <Tappable
        className={`choice ${unlimited ? 'choice--on' : ''}`}
        id='limit-none'
        role='radio'
        checked={unlimited}
        onClick={() => setUnlimited(true)}
      >
        <Text className='choice__mark' {...hiddenAttributes}>
          {unlimited ? '●' : '○'}
        </Text>
        <Text className='choice__text'>不限额</Text>
      </Tappable>
      <View className={`choice ${unlimited ? '' : 'choice--on'}`}>
        <Tappable
          className='choice__pick'
          id='limit-amount-choice'
          role='radio'
          checked={!unlimited}
          onClick={() => setUnlimited(false)}
        >
          <Text className='choice__mark' {...hiddenAttributes}>
            {unlimited ? '○' : '●'}
          </Text>
          <Text className='choice__text'>每年最多</Text>
        </Tappable>
        <Input
          className='choice__input'
          id='limit-amount'
          type='digit'
          value={text}
          placeholder='金额'
          maxlength={12}
          onInput={(e) => {
            setUnlimited(false)
            setText(e.detail.value)
          }}
        />
        <Text className='choice__text'>元</Text>
      </View>
      {tried && invalid ? (
        <Text className='error-text' id='limit-invalid' {...liveAttributes('alert')}>
          请输入正确的金额，例如 500 或 500.50。
        </Text>
      ) : null}
      {task.error ? (
        <Text className='error-text' id='limit-error' {...liveAttributes('alert')}>
          {task.error.message}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-primary'
        id='save-limit'
        disabled={task.pending}
        onClick={() => void save()}
      >
        保存限额
      </Tappable>
      <Tappable
        as='button'
        className='btn btn-plain'
        id='cancel-limit'
        disabled={task.pending}
        onClick={onDone}
      >
        取消
      </Tappable>
    </View>
  )
})
