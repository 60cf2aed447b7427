import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { PinKeypad } from '../../../components/pin-keypad'
import { Tappable } from '../../../components/tappable'
import { type Fen, formatYuan } from '../../../domain/money'
import { groupAttributes } from '../../../platform/a11y'
import type { ApiError } from '../../../stores/task'

/** The request the PIN confirms, as far as the sheet needs it. */
interface PinTask {
  readonly pending: boolean
  readonly error: ApiError | null
  clearError(): void
}

/**
 * "支付密码" for a PIN-confirmed act (代缴, 医保钱包 transfer): what is about to leave the account,
 * for whom, and the keypad. A wrong PIN stays here with the backend's message (how many tries are
 * left); the caller closes the sheet on any other answer. Ids: `${id}`, `${id}-title`, …
 */
export const PinSheet = observer(function PinSheetView(props: {
  id: string
  what: string
  amount: Fen | null
  from: string
  busyText: string
  task: PinTask
  onClose: () => void
  onPin: (pin: string) => void
}) {
  const { id, task } = props
  const wrongPin = task.error?.code === 'E_PIN_WRONG' ? task.error.message : null
  return (
    <View className='pay-sheet' id={id}>
      <View className='pay-sheet__panel' {...groupAttributes('dialog', '支付密码')}>
        <View className='pay-sheet__head'>
          <Text className='pay-sheet__title' id={`${id}-title`}>
            支付密码
          </Text>
          <Tappable
            className={`pay-sheet__close ${task.pending ? 'pay-sheet__close--off' : ''}`}
            id={`${id}-cancel`}
            disabled={task.pending}
            onClick={props.onClose}
          >
            <Text>取消</Text>
          </Tappable>
        </View>
        <Text className='pay-sheet__what' id={`${id}-what`}>
          {props.what}
        </Text>
        <Text className='pay-sheet__amount amount' id={`${id}-amount`}>
          {props.amount === null ? '' : formatYuan(props.amount)}
        </Text>
        <Text className='pay-sheet__from'>{props.from}</Text>
        <PinKeypad
          prompt='请输入支付密码'
          busy={task.pending}
          busyText={props.busyText}
          message={wrongPin}
          onStart={() => task.clearError()}
          onComplete={props.onPin}
        />
      </View>
    </View>
  )
})
