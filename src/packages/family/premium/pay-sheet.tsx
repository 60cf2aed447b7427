import { observer } from 'mobx-react-lite'

import { yearLabel } from '../../../domain/premium-policy'
import { navigate, redirect, routes } from '../../../platform/navigation'
import { requestSubscription } from '../../../platform/subscriptions'
import { useStores } from '../../../stores/store-context'
import { PinSheet } from './pin-sheet'

/** "支付密码" for 代缴: a wrong PIN stays on the sheet; any other answer closes it. */
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

  return (
    <PinSheet
      id='pay-sheet'
      what={`为${payee.member.psn_name}（${payee.relation}）代缴${yearLabel(options.year)}城乡居民医保`}
      amount={options.standard}
      from='从您的医保个人账户支付'
      busyText='正在支付，请稍候…'
      task={task}
      onClose={onClose}
      onPin={(pin) => void submit(pin)}
    />
  )
})
