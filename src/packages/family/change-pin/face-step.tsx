import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { Tappable } from '../../../components/tappable'
import { formatErrorMessage } from '../../../domain/errors'
import { liveAttributes } from '../../../platform/a11y'
import { useStores } from '../../../stores/store-context'

interface FaceStepProps {
  locked: boolean
  message: string | null
  onVerified: () => void
  onUsePin: () => void
}

/** Proof by face (K2): works when the PIN is forgotten and also lifts a lock. */
export const FaceStep = observer(function FaceStepView(props: FaceStepProps) {
  const { premium, faceCheck } = useStores()
  const start = async () => {
    if (await premium.verifyFace()) props.onVerified()
  }
  return (
    <View className='card change-pin__face' id='face-step'>
      {props.locked ? (
        <Text className='change-pin__warn' id='pin-locked-note'>
          {formatErrorMessage('E_PIN_LOCKED')}
        </Text>
      ) : null}
      <Text className='change-pin__text'>
        通过人脸识别确认是您本人后，就可以设置新的支付密码，不需要输入原来的密码。
      </Text>
      {props.message ? (
        <Text className='change-pin__error' id='face-step-message' {...liveAttributes('alert')}>
          {props.message}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-primary'
        id='start-face'
        disabled={faceCheck.open}
        onClick={() => void start()}
      >
        开始人脸识别
      </Tappable>
      {props.locked ? null : (
        <Tappable className='change-pin__switch' id='use-pin' onClick={props.onUsePin}>
          <Text>用当前支付密码验证</Text>
        </Tappable>
      )}
    </View>
  )
})
