import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { displayTime } from '../../../components/display-time'
import { PageStatus } from '../../../components/page-status'
import { Tappable } from '../../../components/tappable'
import type { BindingView, PayerEntry } from '../../../domain/api'
import { formatYuan } from '../../../domain/money'
import { liveAttributes } from '../../../platform/a11y'
import { confirmAction, toast } from '../../../platform/feedback'
import { useStores } from '../../../stores/store-context'
import { OrderEditor } from './order-editor'

/** The relation on the wire is the member's to the 共济人; here the member reads it. */
function youAre(binding: BindingView): string {
  return `您是${binding.payer.psn_name}的${binding.relation}`
}

const PendingCard = observer(function PendingCardView({ binding }: { binding: BindingView }) {
  const { member, faceCheck } = useStores()
  const id = binding.binding_id
  const busy = member.confirmTask.pending || member.declineTask.pending || faceCheck.open
  const payer = binding.payer.psn_name

  const confirm = async () => {
    if ((await member.confirm(id)) !== 'confirmed') return
    const who = binding.confirmer === 'guardian' ? binding.member.psn_name : ''
    toast(`已同意，${who}现在可以使用${payer}的共济账户`)
  }
  const decline = async () => {
    const sure = await confirmAction(
      '拒绝绑定',
      `拒绝后，您将不能使用${payer}的个人账户；如需绑定，需要${payer}重新提交申请。`,
      '拒绝',
    )
    if (sure && (await member.decline(id))) toast('已拒绝绑定申请')
  }

  const forChild = binding.confirmer === 'guardian'
  const child = binding.member.psn_name
  return (
    <View className='card pending-card' id={`pending-${id}`}>
      {forChild ? (
        <>
          <Text className='pending-card__who' id={`pending-${id}-title`}>
            为{child}（{binding.relation}）确认
          </Text>
          <Text className='pending-card__line'>
            {payer}申请为您的孩子{child}开通家庭共济。{child}未满16周岁，需要您作为父母确认。
          </Text>
          <Text className='pending-card__line'>
            同意后，{child}看病买药时可以使用{payer}的职工医保个人账户支付个人负担的费用，{payer}
            也能看到{child}用他的账户支付的记录。
          </Text>
        </>
      ) : (
        <>
          <Text className='pending-card__who'>{payer} 申请与您绑定家庭共济</Text>
          <Text className='pending-card__line'>{youAre(binding)}</Text>
          <Text className='pending-card__line'>
            同意后，您看病买药时可以使用{payer}的职工医保个人账户支付个人负担的费用。
          </Text>
        </>
      )}
      {binding.expires_at ? (
        <Text className='pending-card__line pending-card__line--warn'>
          请在{displayTime(binding.expires_at)}前确认，逾期申请自动失效。
        </Text>
      ) : null}
      <Text className='pending-card__line' id={`pending-${id}-offline`}>
        不方便在手机上确认的，可以携带身份证件到医保经办窗口办理，或拨打12393咨询。
      </Text>
      <Tappable
        as='button'
        className='btn btn-primary'
        id={`confirm-${id}`}
        disabled={busy}
        onClick={() => void confirm()}
      >
        同意并人脸验证
      </Tappable>
      <Tappable
        as='button'
        className='btn btn-danger'
        id={`decline-${id}`}
        disabled={busy}
        onClick={() => void decline()}
      >
        拒绝
      </Tappable>
    </View>
  )
})

const PayerCard = observer(function PayerCardView({ entry }: { entry: PayerEntry }) {
  const { member } = useStores()
  const binding = entry.binding
  const id = binding.binding_id
  const payer = binding.payer.psn_name

  const leave = async () => {
    const sure = await confirmAction(
      '退出共济',
      `退出后，您将不能再使用${payer}的个人账户支付医药费用；以往的共济记录会保留；如需再次使用，需要${payer}重新提交绑定申请。`,
      '退出共济',
    )
    if (sure && (await member.leave(id))) toast(`已退出${payer}的共济家庭`)
  }

  return (
    <View className='card payer-card' id={`payer-${id}`}>
      <View className='payer-card__head'>
        <Text className='payer-card__order'>第{entry.order}顺位</Text>
        <Text className='payer-card__name'>{payer}</Text>
      </View>
      <Text className='payer-card__line'>{youAre(binding)}</Text>
      <Text className='payer-card__line' id={`payer-${id}-avail`}>
        可用额度：<Text className='amount'>{formatYuan(entry.avail)}</Text>
      </Text>
      {entry.blocked_reason ? (
        <Text className='payer-card__line payer-card__line--warn' id={`payer-${id}-blocked`}>
          {entry.blocked_reason}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-danger payer-card__leave'
        id={`leave-${id}`}
        disabled={member.leaveTask.pending}
        onClick={() => void leave()}
      >
        退出共济
      </Tappable>
    </View>
  )
})

const OwnPayers = observer(function OwnPayersView() {
  const { member } = useStores()
  const [ordering, setOrdering] = useState(false)
  const view = member.view
  if (!view) return null
  return (
    <View id='member-payers'>
      <Text className='section-title section-title--main'>可使用的共济账户</Text>
      {view.own_account && member.payers.length > 0 ? (
        <View className='card own-account' id='own-account'>
          <Text className='own-account__line'>
            看病买药时先使用本人个人账户（余额 {formatYuan(view.own_account.balc)}
            ），不足部分再按下列顺序使用家人的共济账户。
          </Text>
        </View>
      ) : null}
      {member.payers.length === 0 ? (
        <View className='card notice' id='payers-empty'>
          <Text className='notice__text'>
            目前还没有家人为您开通共济账户。参加职工医保的近亲属可以在“共济绑定”中添加您。
          </Text>
        </View>
      ) : ordering ? (
        <OrderEditor idPrefix='own' payers={member.payers} onDone={() => setOrdering(false)} />
      ) : (
        <>
          {member.payers.map((entry) => (
            <PayerCard key={entry.binding.binding_id} entry={entry} />
          ))}
          {member.canSetOrder ? (
            <Tappable
              as='button'
              className='btn btn-plain'
              id='adjust-order'
              onClick={() => setOrdering(true)}
            >
              调整扣款顺序
            </Tappable>
          ) : null}
        </>
      )}
      {member.leaveTask.error ? (
        <Text className='error-text' id='leave-error' {...liveAttributes('alert')}>
          {member.leaveTask.error.message}
        </Text>
      ) : null}
    </View>
  )
})

const ManagedChild = observer(function ManagedChildView({ index }: { index: number }) {
  const { member } = useStores()
  const [ordering, setOrdering] = useState(false)
  const child = member.managed[index]
  if (!child) return null
  const prefix = `child-${index + 1}`
  return (
    <View id={prefix}>
      <Text className='section-title section-title--main'>
        {child.member.psn_name}（{child.member.age}岁）的扣款顺序
      </Text>
      {ordering ? (
        <OrderEditor idPrefix={prefix} payers={child.payers} onDone={() => setOrdering(false)} />
      ) : (
        <View className='card'>
          {child.payers.map((entry) => (
            <Text key={entry.binding.binding_id} className='managed__row'>
              {entry.order}. {entry.binding.payer.psn_name}
            </Text>
          ))}
          <Tappable
            as='button'
            className='btn btn-plain'
            id={`${prefix}-adjust-order`}
            onClick={() => setOrdering(true)}
          >
            调整扣款顺序
          </Tappable>
        </View>
      )}
    </View>
  )
})

/** 共济绑定 as 被共济人: requests to confirm, the accounts one may use, children one orders for. */
export const MemberSection = observer(function MemberSectionView({ always }: { always: boolean }) {
  const { member } = useStores()
  const task = member.loadTask
  if (!member.loaded) {
    return (
      <View id='member-section'>
        <PageStatus loading={task.pending} error={task.error} onRetry={() => void member.load()} />
      </View>
    )
  }
  if (!always && !member.hasAny) return null
  return (
    <View id='member-section'>
      {member.pending.length > 0 ? (
        <View id='pending'>
          <Text className='section-title section-title--main'>待我确认</Text>
          {member.confirmTask.error ? (
            <Text className='error-text' id='confirm-error' {...liveAttributes('alert')}>
              {member.confirmTask.error.message}
            </Text>
          ) : null}
          {member.declineTask.error ? (
            <Text className='error-text' id='decline-error' {...liveAttributes('alert')}>
              {member.declineTask.error.message}
            </Text>
          ) : null}
          {member.pending.map((binding) => (
            <PendingCard key={binding.binding_id} binding={binding} />
          ))}
        </View>
      ) : null}
      {member.payers.length > 0 || always ? <OwnPayers /> : null}
      {member.managed.map((child, index) => (
        <ManagedChild key={child.member.certno} index={index} />
      ))}
    </View>
  )
})
