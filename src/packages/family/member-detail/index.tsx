import './index.scss'

import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'

import { PageRoot } from '../../../components/display-mode'
import { displayTime } from '../../../components/display-time'
import { limitText } from '../../../components/limit-text'
import { LoginRequired } from '../../../components/login-required'
import { EmptyState, PageStatus } from '../../../components/page-status'
import { StateBadge } from '../../../components/state-badge'
import { Tappable } from '../../../components/tappable'
import type { BindingView } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { liveAttributes } from '../../../platform/a11y'
import { confirmAction, toast } from '../../../platform/feedback'
import { goBack, navigate, routes } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'
import { LimitEditor } from './limit-editor'

function Row({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <View className='detail-row'>
      <Text className='detail-row__label'>{label}</Text>
      <Text className='detail-row__value' id={id}>
        {value}
      </Text>
    </View>
  )
}

const Actions = observer(function ActionsView({ binding }: { binding: BindingView }) {
  const { family } = useStores()
  const [editing, setEditing] = useState(false)
  const name = binding.member.psn_name
  const task = family.endTask

  const end = async () => {
    const sure = await confirmAction(
      '解除绑定',
      `解除后，${name}将不能再使用您的个人账户支付医药费用；以往的共济记录会保留；如需恢复，需要重新提交绑定申请。`,
      '解除绑定',
    )
    if (sure && (await family.end(binding.binding_id))) toast('已解除绑定')
  }

  if (binding.state === 'pending') {
    return (
      <View className='card'>
        <Text className='detail-note'>
          等待{name}本人登录确认。{name}确认前，您不能设置限额或解除绑定；逾期未确认，申请自动失效。
        </Text>
      </View>
    )
  }
  if (binding.state !== 'active') {
    return (
      <View className='card'>
        <Text className='detail-note'>
          此绑定已结束，记录会一直保留。如需再次绑定，请重新添加成员。
        </Text>
        <Tappable
          as='button'
          className='btn btn-plain'
          id='add-again'
          onClick={() => navigate(routes.addMember)}
        >
          重新添加成员
        </Tappable>
      </View>
    )
  }
  if (editing) return <LimitEditor binding={binding} onDone={() => setEditing(false)} />
  return (
    <View>
      {task.error ? (
        <Text className='error-text' id='end-error' {...liveAttributes('alert')}>
          {task.error.message}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-primary'
        id='set-limit'
        onClick={() => setEditing(true)}
      >
        设置限额
      </Tappable>
      <Tappable
        as='button'
        className='btn btn-danger'
        id='end-binding'
        disabled={task.pending}
        onClick={() => void end()}
      >
        解除绑定
      </Tappable>
    </View>
  )
})

const Detail = observer(function DetailView({ bindingId }: { bindingId: string }) {
  const { family } = useStores()
  const binding = family.binding(bindingId)
  if (!family.loaded || (!binding && family.loadTask.pending)) {
    return (
      <PageStatus
        loading={family.loadTask.pending || !family.loadTask.error}
        error={family.loadTask.error}
        onRetry={() => void family.load()}
      />
    )
  }
  if (!binding) {
    return (
      <EmptyState text='未找到这位家庭成员的绑定记录。'>
        <Tappable as='button' className='btn btn-primary' id='back-to-family' onClick={goBack}>
          返回我的共济家庭
        </Tappable>
      </EmptyState>
    )
  }
  const member = binding.member
  return (
    <View id='member-detail'>
      <View className='card detail-head'>
        <Text className='detail-head__name'>{member.psn_name}</Text>
        <StateBadge state={binding.state} id='detail-state' />
      </View>
      <View className='card'>
        <Row label='与本人关系' value={binding.relation} />
        <Row label='身份证号' value={member.certno} />
        <Row label='年龄' value={`${member.age}岁`} />
        <Row label='本年已共济' value={formatYuan(binding.used_this_year)} id='detail-used' />
        <Row label='限额' value={limitText(binding.annual_limit)} id='detail-limit' />
        <Row label='申请时间' value={displayTime(binding.created_at)} />
        {binding.confirmed_at ? (
          <Row label='确认时间' value={displayTime(binding.confirmed_at)} />
        ) : null}
        {binding.expires_at ? (
          <Row label='确认截止' value={displayTime(binding.expires_at)} />
        ) : null}
        {binding.ended_at ? <Row label='结束时间' value={displayTime(binding.ended_at)} /> : null}
        {binding.end_reason ? (
          <Row label='结束原因' value={binding.end_reason} id='detail-end-reason' />
        ) : null}
      </View>
      <Actions binding={binding} />
    </View>
  )
})

/** One member of 我的共济家庭: the facts, 设置限额 and 解除绑定. */
function MemberDetailPage() {
  const { family, session } = useStores()
  const bindingId = useRouter().params.binding_id ?? ''
  const loggedIn = session.loggedIn
  useEffect(() => family.clearErrors(), [family])
  useEffect(() => {
    if (loggedIn) void family.load()
  }, [family, loggedIn])
  return (
    <PageRoot className='page member-detail'>
      <LoginRequired>
        <Detail bindingId={bindingId} />
      </LoginRequired>
    </PageRoot>
  )
}

export default observer(MemberDetailPage)
