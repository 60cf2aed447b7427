import { Text, View } from '@tarojs/components'

import { displayTime } from '../../../components/display-time'
import { stateLabel } from '../../../components/state-badge'
import { Tappable } from '../../../components/tappable'
import type { BindingAddOutput } from '../../../domain/api'
import { SELF_CONSENT_AGE } from '../../../domain/policy'
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
  // F2: a child under 16 bound by someone other than a parent waits for a parent, not for them.
  const who =
    binding.confirmer === 'guardian'
      ? `${name}未满${SELF_CONSENT_AGE}周岁，需要${name}的父母（监护人）`
      : `${name}年满${SELF_CONSENT_AGE}周岁，需要${name}本人`
  return (
    <View className='card add-result' id='add-result'>
      <Text
        className={`add-result__state add-result__state--${binding.state}`}
        id='add-result-state'
      >
        {stateLabel(binding.state, binding.confirmer)}
      </Text>
      {active ? (
        <Text className='add-result__text' id='add-result-text'>
          {name}（{binding.relation}）已绑定成功，从现在起可以使用您的个人账户看病买药。
        </Text>
      ) : (
        <Text className='add-result__text' id='add-result-text'>
          绑定申请已提交，{who}
          {days !== null ? `在${days}天内` : ''}
          登录本服务，在“共济绑定”的“待我确认”中同意并完成人脸验证后才生效
          {binding.expires_at ? `（截止${displayTime(binding.expires_at)}）` : ''}
          。不方便用手机确认的，可以携带身份证件到医保经办窗口办理，或拨打12393咨询。
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
