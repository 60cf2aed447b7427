import { Text, View } from '@tarojs/components'

import { displayTime } from '../../../components/display-time'
import { Tappable } from '../../../components/tappable'
import type { BindingAddOutput } from '../../../domain/api'
import { BINDING_STATE_NAMES } from '../../../domain/binding-state'
import { parseIsoTime } from '../../../domain/shanghai-time'

/** Whole days the member has to confirm, from the request's own times (F2 pendingDays). */
function daysToConfirm(createdAt: string, expiresAt: string): number | null {
  const from = parseIsoTime(createdAt)
  const to = parseIsoTime(expiresAt)
  if (from === null || to === null) return null
  return Math.round((to - from) / (24 * 60 * 60 * 1000))
}

/** Says plainly whether the binding works now or waits for the member (F2), and S7's warning. */
export function AddResult({
  result,
  onAnother,
  onDone,
}: {
  result: BindingAddOutput
  onAnother: () => void
  onDone: () => void
}) {
  const { binding, warning } = result
  const name = binding.member.psn_name
  const active = binding.state === 'active'
  const days = binding.expires_at ? daysToConfirm(binding.created_at, binding.expires_at) : null
  return (
    <View className='card add-result' id='add-result'>
      <Text
        className={`add-result__state add-result__state--${binding.state}`}
        id='add-result-state'
      >
        {BINDING_STATE_NAMES[binding.state]}
      </Text>
      {active ? (
        <Text className='add-result__text' id='add-result-text'>
          {name}（{binding.relation}）已绑定成功，从现在起可以使用您的个人账户看病买药。
        </Text>
      ) : (
        <Text className='add-result__text' id='add-result-text'>
          绑定申请已提交，{name}年满16周岁，需要{name}本人
          {days !== null ? `在${days}天内` : ''}
          登录本服务，在“共济绑定”的“待我确认”中同意并完成人脸验证后才生效
          {binding.expires_at ? `（截止${displayTime(binding.expires_at)}）` : ''}。
        </Text>
      )}
      {warning ? (
        <Text className='add-result__warning' id='add-result-warning'>
          {warning}
        </Text>
      ) : null}
      <Tappable as='button' className='btn btn-primary' id='back-to-family' onClick={onDone}>
        返回我的共济家庭
      </Tappable>
      <Tappable as='button' className='btn btn-plain' id='add-another' onClick={onAnother}>
        继续添加
      </Tappable>
    </View>
  )
}
