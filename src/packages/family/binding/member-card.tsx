import { Button, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { displayTime } from '../../../components/display-time'
import { limitText } from '../../../components/limit-text'
import { StateBadge } from '../../../components/state-badge'
import { Tappable } from '../../../components/tappable'
import type { BindingView } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { confirmAction, toast } from '../../../platform/feedback'
import { navigate, routes } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'

/** F2: who must confirm, in words, and the offline way for someone without a phone. */
function waitingText(binding: BindingView): string {
  const name = binding.member.psn_name
  const until = binding.expires_at ? `（${displayTime(binding.expires_at)}前有效）` : ''
  return binding.confirmer === 'guardian'
    ? `等待${name}的父母确认${until}`
    : `等待${name}本人确认${until}`
}

/** F5: the 共济人 may take back a request nobody has answered yet. */
const WithdrawButton = observer(function WithdrawButtonView({ binding }: { binding: BindingView }) {
  const { family } = useStores()
  const withdraw = async () => {
    const sure = await confirmAction(
      '撤回申请',
      `撤回后，${binding.member.psn_name}将收不到这条绑定申请；如需绑定，可以重新添加。`,
      '撤回',
    )
    if (sure && (await family.end(binding.binding_id))) toast('已撤回绑定申请')
  }
  return (
    <Button
      className='btn btn-plain member-card__withdraw'
      id={`withdraw-${binding.binding_id}`}
      disabled={family.endTask.pending}
      onClick={(event) => {
        event.stopPropagation()
        void withdraw()
      }}
    >
      撤回申请
    </Button>
  )
})

/** One member of 我的共济家庭: who, how related, the binding's state, what it has paid. */
export function MemberCard({ binding }: { binding: BindingView }) {
  const id = binding.binding_id
  return (
    <Tappable
      className='card member-card'
      id={`member-${id}`}
      onClick={() => navigate(routes.memberDetail, { binding_id: id })}
    >
      <View className='member-card__head'>
        <Text className='member-card__name'>{binding.member.psn_name}</Text>
        <Text className='member-card__relation'>{binding.relation}</Text>
        <StateBadge state={binding.state} confirmer={binding.confirmer} id={`member-${id}-state`} />
      </View>
      <Text className='member-card__line'>身份证号：{binding.member.certno}</Text>
      {binding.state === 'active' || binding.state === 'ended' ? (
        <>
          <Text className='member-card__line' id={`member-${id}-used`}>
            本年已共济：{formatYuan(binding.used_this_year)}
          </Text>
          <Text className='member-card__line' id={`member-${id}-limit`}>
            限额：{limitText(binding.annual_limit)}
          </Text>
        </>
      ) : null}
      {binding.state === 'pending' ? (
        <>
          <Text className='member-card__line member-card__line--warn' id={`member-${id}-waiting`}>
            {waitingText(binding)}
          </Text>
          <Text className='member-card__line' id={`member-${id}-offline`}>
            不方便用手机确认的，可以携带身份证件到医保经办窗口办理，或拨打12393咨询。
          </Text>
          <WithdrawButton binding={binding} />
        </>
      ) : null}
      {binding.end_reason ? (
        <Text className='member-card__line'>
          {binding.end_reason}
          {binding.ended_at ? `（${displayTime(binding.ended_at)}）` : ''}
        </Text>
      ) : null}
      <Text className='member-card__more'>查看详情 ›</Text>
    </Tappable>
  )
}
