import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { PageStatus } from '../../../components/page-status'
import { Tappable } from '../../../components/tappable'
import { countsTowardFamily } from '../../../domain/binding-state'
import { formatYuan } from '../../../domain/money'
import { liveAttributes } from '../../../platform/a11y'
import { navigate, routes } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'
import { MemberCard } from './member-card'
import { PledgeStep } from './pledge'
import { ReserveSection } from './reserve-section'

/** Why this person cannot share their account; they still see what family shares with them. */
const PayerRefused = observer(function PayerRefusedView() {
  const { family } = useStores()
  if (!family.refusal) return null
  return (
    <View className='card notice' id='payer-refusal'>
      <Text className='notice__title'>暂不能作为共济人</Text>
      <Text
        className='notice__text notice__text--error'
        id='payer-refusal-message'
        {...liveAttributes('alert')}
      >
        {family.refusal.message}
      </Text>
      <Text className='notice__hint'>
        家人为您开通的共济账户不受影响，仍可在“可使用的共济账户”中查看。
      </Text>
      <Tappable
        as='button'
        className='btn btn-plain'
        id='refusal-faq'
        onClick={() => navigate(routes.faq)}
      >
        查看常见问题
      </Tappable>
    </View>
  )
})

const NoFamilyYet = observer(function NoFamilyYetView() {
  const [creating, setCreating] = useState(false)
  if (creating) return <PledgeStep onCancel={() => setCreating(false)} />
  return (
    <View className='card notice' id='no-family'>
      <Text className='notice__text'>
        创建共济家庭后，您可以添加配偶、父母、子女等近亲属，让他们使用您的职工医保个人账户看病买药。
      </Text>
      <Tappable
        as='button'
        className='btn btn-primary'
        id='create-family'
        onClick={() => setCreating(true)}
      >
        创建共济家庭
      </Tappable>
    </View>
  )
})

const FamilyList = observer(function FamilyListView() {
  const { family } = useStores()
  const view = family.family
  if (!view) return null
  const open = view.bindings.filter((b) => countsTowardFamily(b.state))
  const closed = view.bindings.filter((b) => !countsTowardFamily(b.state))
  return (
    <View id='family'>
      <View className='card family-summary'>
        <Text className='family-summary__line'>
          个人账户余额：<Text className='amount'>{formatYuan(view.balc)}</Text>
        </Text>
        <Text className='family-summary__line' id='family-count'>
          共济成员：{open.length}人（最多{view.max_members}人）
        </Text>
      </View>
      <ReserveSection />
      {open.length === 0 ? (
        <View className='card notice' id='family-empty'>
          <Text className='notice__text'>您还没有添加家庭成员。点击下方“添加成员”开始绑定。</Text>
        </View>
      ) : (
        open.map((binding) => <MemberCard key={binding.binding_id} binding={binding} />)
      )}
      {family.refusal ? null : (
        <Tappable
          as='button'
          className='btn btn-primary'
          id='add-member'
          onClick={() => navigate(routes.addMember)}
        >
          添加成员
        </Tappable>
      )}
      {closed.length > 0 ? (
        <>
          <Text className='section-title'>以往的绑定（记录保留）</Text>
          {closed.map((binding) => (
            <MemberCard key={binding.binding_id} binding={binding} />
          ))}
        </>
      ) : null}
    </View>
  )
})

/** 共济绑定 as 共济人: create the family, then its members. */
export const PayerSection = observer(function PayerSectionView() {
  const { family } = useStores()
  const task = family.loadTask
  if (!family.loaded) {
    return (
      <View id='payer-section'>
        <PageStatus loading={task.pending} error={task.error} onRetry={() => void family.load()} />
      </View>
    )
  }
  return (
    <View id='payer-section'>
      <Text className='section-title section-title--main'>我的共济家庭</Text>
      {family.family && family.refusal ? (
        <View className='card notice notice--warn' id='payer-refusal'>
          <Text className='notice__text' id='payer-refusal-message'>
            {family.refusal.message}
          </Text>
        </View>
      ) : null}
      {family.family ? <FamilyList /> : family.refusal ? <PayerRefused /> : <NoFamilyYet />}
    </View>
  )
})
