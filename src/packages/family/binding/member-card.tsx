import { Text, View } from '@tarojs/components'

import { displayTime } from '../../../components/display-time'
import { limitText } from '../../../components/limit-text'
import { StateBadge } from '../../../components/state-badge'
import type { BindingView } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { navigate, routes } from '../../../platform/navigation'

/** One member of 我的共济家庭: who, how related, the binding's state, what it has paid. */
export function MemberCard({ binding }: { binding: BindingView }) {
  const id = binding.binding_id
  return (
    <View
      className='card member-card'
      id={`member-${id}`}
      onClick={() => navigate(routes.memberDetail, { binding_id: id })}
    >
      <View className='member-card__head'>
        <Text className='member-card__name'>{binding.member.psn_name}</Text>
        <Text className='member-card__relation'>{binding.relation}</Text>
        <StateBadge state={binding.state} id={`member-${id}-state`} />
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
      {binding.state === 'pending' && binding.expires_at ? (
        <Text className='member-card__line member-card__line--warn'>
          等待{binding.member.psn_name}本人确认（{displayTime(binding.expires_at)}前有效）
        </Text>
      ) : null}
      {binding.end_reason ? (
        <Text className='member-card__line'>
          {binding.end_reason}
          {binding.ended_at ? `（${displayTime(binding.ended_at)}）` : ''}
        </Text>
      ) : null}
      <Text className='member-card__more'>查看详情 ›</Text>
    </View>
  )
}
