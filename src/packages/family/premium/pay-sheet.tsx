import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { PinKeypad } from '../../../components/pin-keypad'
import { Tappable } from '../../../components/tappable'
import { formatYuan } from '../../../domain/money'
import { yearLabel } from '../../../domain/premium-policy'
import { groupAttributes } from '../../../platform/a11y'
import { navigate, redirect, routes } from '../../../platform/navigation'
import { requestSubscription } from '../../../platform/subscriptions'
import { useStores } from '../../../stores/store-context'

/**
 * "支付密码": what is about to be paid, for whom, and the keypad. A wrong PIN stays here with the
 * backend's message (how many tries are left); any other answer closes the sheet.
 */
export const PaySheet = observer(function PaySheetView({ onClose }: { onClose: () => void }) {
  const { premium } = useStores()
  const options = premium.options
  const payee = premium.selected
  const task = premium.payTask
  if (!options || !payee) return null

  const submit = async (pin: string) => {
    requestSubscription('premium-paid')
    const outcome = await premium.pay(pin)
    if (outcome === null || outcome === 'pin-wrong') return
    onClose()
    if (outcome === 'paid') redirect(routes.premiumResult)
    else if (outcome === 'refused') navigate(routes.premiumResult)
  }

  const wrongPin = task.error?.code === 'E_PIN_WRONG' ? task.error.message : null
  return (
    <View className='pay-sheet' id='pay-sheet'>
      <View className='pay-sheet__panel' {...groupAttributes('dialog', '支付密码')}>
        <View className='pay-sheet__head'>
          <Text className='pay-sheet__title' id='pay-sheet-title'>
            支付密码
          </Text>
          <Tappable
            className={`pay-sheet__close ${task.pending ? 'pay-sheet__close--off' : ''}`}
            id='pay-sheet-cancel'
            disabled={task.pending}
            onClick={onClose}
          >
            <Text>取消</Text>
          </Tappable>
        </View>
        <Text className='pay-sheet__what' id='pay-sheet-what'>
          为{payee.member.psn_name}（{payee.relation}）代缴{yearLabel(options.year)}城乡居民医保
        </Text>
        <Text className='pay-sheet__amount amount' id='pay-sheet-amount'>
          {formatYuan(options.standard)}
        </Text>
        <Text className='pay-sheet__from'>从您的医保个人账户支付</Text>
        <PinKeypad
          prompt='请输入支付密码'
          busy={task.pending}
          busyText='正在支付，请稍候…'
          message={wrongPin}
          onStart={() => task.clearError()}
          onComplete={(pin) => void submit(pin)}
        />
      </View>
    </View>
  )
})
