import './index.scss'

import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'

import { PageRoot } from '../../../components/display-mode'
import { LoginRequired } from '../../../components/login-required'
import { EmptyState, PageStatus } from '../../../components/page-status'
import { Tappable } from '../../../components/tappable'
import { formatYuan } from '../../../domain/money'
import { chineseDate, yearLabel } from '../../../domain/premium-policy'
import { liveAttributes } from '../../../platform/a11y'
import { goBack, navigate, routes } from '../../../platform/navigation'
import { isUnanswered } from '../../../stores/premium-store'
import { useStores } from '../../../stores/store-context'
import { PaySheet } from './pay-sheet'
import { PayeeList } from './payee-list'

const YearCard = observer(function YearCardView() {
  const { premium } = useStores()
  const options = premium.options
  if (!options) return null
  if (!options.open) {
    return (
      <View className='card premium__year' id='premium-closed'>
        <Text className='premium__closed-title' id='premium-closed-title'>
          现在不在城乡居民医保缴费期
        </Text>
        <Text className='premium__closed-text' id='premium-next-period'>
          {yearLabel(options.year)}缴费期从{chineseDate(options.period_start)}开始，至
          {chineseDate(options.period_end)}结束，缴费标准{formatYuan(options.standard)}
          。到时再来为家人代缴。
        </Text>
      </View>
    )
  }
  return (
    <View className='card premium__year' id='premium-year-card'>
      <View className='premium__row'>
        <Text className='premium__label'>缴费年度</Text>
        <Text className='premium__value' id='premium-year'>
          {yearLabel(options.year)}
        </Text>
      </View>
      <View className='premium__row'>
        <Text className='premium__label'>缴费标准</Text>
        <Text className='premium__value amount' id='premium-standard'>
          {formatYuan(options.standard)}
        </Text>
      </View>
      <View className='premium__row'>
        <Text className='premium__label'>缴费期</Text>
        <Text className='premium__value'>
          {options.period_start} 至 {options.period_end}
        </Text>
      </View>
      <View className='premium__row'>
        <Text className='premium__label'>账户余额</Text>
        <Text className='premium__value amount' id='premium-balance'>
          {formatYuan(options.balc)}
        </Text>
      </View>
    </View>
  )
})

/** K1/K2 in plain words, with the way out as a button. */
const PinNotice = observer(function PinNoticeView() {
  const { premium } = useStores()
  const notice = premium.pinNotice
  if (!notice) return null
  const locked = notice.code === 'E_PIN_LOCKED'
  return (
    <View className='card premium__notice' id={locked ? 'pin-locked' : 'pin-initial'}>
      <Text className='premium__notice-text' {...liveAttributes('alert')}>
        {notice.message}
      </Text>
      <Text className='premium__notice-hint'>
        {locked
          ? '您可以等到次日0时后再试，或者现在通过人脸识别重新设置支付密码。'
          : '初始支付密码是000000。修改为您自己的6位密码后，就可以为家人代缴了。'}
      </Text>
      <Tappable
        as='button'
        className='btn btn-primary'
        id={locked ? 'reset-pin-by-face' : 'change-pin'}
        onClick={() => navigate(routes.changePin, locked ? { mode: 'face' } : {})}
      >
        {locked ? '人脸识别重置支付密码' : '修改支付密码'}
      </Tappable>
    </View>
  )
})

const PremiumContent = observer(function PremiumContentView() {
  const { premium } = useStores()
  const [paying, setPaying] = useState(false)
  const options = premium.options
  const error = premium.optionsTask.error

  if (!options && premium.optionsTask.pending) return <PageStatus loading />
  if (!options && error) {
    const action =
      error.code === 'E_NO_FAMILY'
        ? { label: '去创建共济家庭', onClick: () => navigate(routes.binding) }
        : isUnanswered(error)
          ? undefined
          : { label: '返回', onClick: goBack }
    return (
      <>
        <PageStatus error={error} action={action} onRetry={() => void premium.load()} />
        {error.code === 'E_PAYER_NOT_EMPLOYEE' ? (
          <View className='card premium__notice' id='premium-family-can'>
            <Text className='premium__notice-hint'>
              您的家人可以为您代缴：参加职工医保的配偶、父母、子女等近亲属在“共济绑定”中添加您，您确认后，他们就能在“代缴医保”中用个人账户为您缴纳城乡居民医保费，您看病买药时也可以使用他们的账户。
            </Text>
            <Tappable
              as='button'
              className='btn btn-plain'
              id='go-binding'
              onClick={() => navigate(routes.binding)}
            >
              查看共济绑定
            </Tappable>
          </View>
        ) : null}
      </>
    )
  }
  if (!options) return null
  const payOff = !premium.canPay || paying

  return (
    <>
      <YearCard />
      {options.open ? <PinNotice /> : null}
      <Text className='section-title premium__pick-title'>选择被代缴人</Text>
      {premium.members.length === 0 ? (
        <EmptyState text='您的共济家庭里还没有家人。家人绑定后，才能为他缴纳城乡居民医保。'>
          <Tappable
            as='button'
            className='btn btn-primary'
            id='go-binding'
            onClick={() => navigate(routes.binding)}
          >
            去添加家庭成员
          </Tappable>
        </EmptyState>
      ) : (
        <PayeeList />
      )}
      {options.open ? (
        <View className='premium__bar' id='premium-pay-card'>
          <View className='premium__bar-row'>
            <Text
              className='premium__pay-who'
              id={premium.selected ? 'premium-selected' : undefined}
            >
              {premium.selected
                ? `为${premium.selected.member.psn_name}缴纳${yearLabel(options.year)}城乡居民医保`
                : premium.members.some((m) => m.payable)
                  ? '请先在上面选择要为哪位家人缴费'
                  : '目前没有可以代缴的家人'}
            </Text>
            <Text className='premium__pay-amount amount' id='premium-amount'>
              {formatYuan(options.standard)}
            </Text>
          </View>
          <Tappable
            as='button'
            className={`btn btn-primary premium__confirm ${payOff ? 'premium__confirm--off' : ''}`}
            id='confirm-pay'
            disabled={payOff}
            onClick={() => setPaying(true)}
          >
            确认代缴
          </Tappable>
        </View>
      ) : null}
      {paying ? <PaySheet onClose={() => setPaying(false)} /> : null}
    </>
  )
})

/** 代缴医保: pick a member, see the year, the standard and the balance, pay with the PIN. */
function PremiumPage() {
  const { session, premium } = useStores()
  const loggedIn = session.loggedIn
  useDidShow(() => {
    if (session.loggedIn) void premium.load()
  })
  useEffect(() => {
    if (loggedIn) void premium.load()
  }, [loggedIn, premium])
  return (
    <PageRoot className='page premium'>
      <LoginRequired>
        <PremiumContent />
      </LoginRequired>
    </PageRoot>
  )
}

export default observer(PremiumPage)
