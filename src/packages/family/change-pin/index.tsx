import './index.scss'

import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useRef, useState } from 'react'

import { PageRoot } from '../../../components/display-mode'
import { FaceCheckDialog } from '../../../components/face-check-dialog'
import { LoginRequired } from '../../../components/login-required'
import { PinKeypad } from '../../../components/pin-keypad'
import { Tappable } from '../../../components/tappable'
import { goBack } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'
import { FaceStep } from './face-step'

type Step = 'proof' | 'new' | 'repeat' | 'done'
type Proof = 'pin' | 'face'

const STEP_NAMES: Record<Exclude<Step, 'done'>, string> = {
  proof: '第1步，共3步：验证身份',
  new: '第2步，共3步：设置新密码',
  repeat: '第3步，共3步：确认新密码',
}

const NOT_SAME = '两次输入的新密码不一致，请重新设置。'

function Done() {
  return (
    <View className='change-pin__done' id='pin-changed'>
      <View className='change-pin__icon'>
        <Text>✓</Text>
      </View>
      <Text className='change-pin__done-title'>支付密码修改成功</Text>
      <Text className='change-pin__done-text'>请牢记新的支付密码，为家人代缴医保时需要输入。</Text>
      <Tappable as='button' className='btn btn-primary' id='pin-changed-done' onClick={goBack}>
        完成
      </Tappable>
    </View>
  )
}

/**
 * 修改支付密码: prove who you are (current PIN or face), then the new PIN twice. The PINs typed in
 * earlier steps wait in refs of this page only until the one 5312 request is sent.
 */
const ChangePinFlow = observer(function ChangePinFlowView() {
  const { session, premium } = useStores()
  const { params } = useRouter()
  const pinState = session.person?.pin_state ?? null
  const [proof, setProof] = useState<Proof>(
    params.mode === 'face' || pinState === 'locked' ? 'face' : 'pin',
  )
  const [step, setStep] = useState<Step>('proof')
  const [message, setMessage] = useState<string | null>(null)
  const oldPin = useRef<string | null>(null)
  const newPin = useRef<string | null>(null)

  useEffect(() => {
    premium.forgetFace()
    premium.changePinTask.clearError()
    // The PIN state decides the proof offered (a lock allows only the face).
    void session.refresh()
  }, [premium, session])
  useEffect(() => {
    if (pinState === 'locked') setProof('face')
  }, [pinState])

  if (pinState === null) {
    return (
      <View className='card change-pin__none' id='pin-none'>
        <Text className='change-pin__text'>
          您参加的是{session.person?.insutype_name}，没有个人账户，不需要支付密码。
        </Text>
        <Tappable as='button' className='btn btn-primary' onClick={goBack}>
          返回
        </Tappable>
      </View>
    )
  }
  if (step === 'done') return <Done />

  const go = (next: Step, text: string | null = null) => {
    setMessage(text)
    setStep(next)
  }

  const submit = async (repeated: string) => {
    if (repeated !== newPin.current) {
      newPin.current = null
      go('new', NOT_SAME)
      return
    }
    const old = oldPin.current
    oldPin.current = null
    newPin.current = null
    const outcome = await premium.changePin(
      proof === 'face' ? 'face' : { oldPin: old ?? '' },
      repeated,
    )
    const text = premium.changePinTask.error?.message ?? null
    if (outcome === 'changed') go('done')
    else if (outcome === 'weak' && proof === 'face') go('new', text)
    else if (outcome === 'locked') {
      setProof('face')
      go('proof', text)
    } else if (outcome !== null) go('proof', text)
  }

  return (
    <>
      <Text className='change-pin__step' id='pin-step'>
        {STEP_NAMES[step]}
      </Text>
      {step === 'proof' && proof === 'face' ? (
        <FaceStep
          locked={pinState === 'locked'}
          message={message}
          onVerified={() => go('new')}
          onUsePin={() => {
            setProof('pin')
            setMessage(null)
          }}
        />
      ) : null}
      {step === 'proof' && proof === 'pin' ? (
        <View className='card card--flush change-pin__card'>
          {pinState === 'initial' ? (
            <Text className='change-pin__hint' id='pin-initial-hint'>
              您还在使用初始支付密码，初始支付密码是000000。
            </Text>
          ) : null}
          <PinKeypad
            key='proof'
            prompt='请输入当前支付密码'
            message={message}
            onStart={() => setMessage(null)}
            onComplete={(pin) => {
              oldPin.current = pin
              go('new')
            }}
          />
          <Tappable className='change-pin__switch' id='use-face' onClick={() => setProof('face')}>
            <Text>忘记支付密码？用人脸识别验证身份</Text>
          </Tappable>
        </View>
      ) : null}
      {step === 'new' ? (
        <View className='card card--flush change-pin__card'>
          <Text className='change-pin__hint'>
            请设置6位数字密码，不要用相同的数字（如111111）、连续的数字（如123456）或您的生日。
          </Text>
          <PinKeypad
            key='new'
            prompt='请设置新的支付密码'
            message={message}
            onStart={() => setMessage(null)}
            onComplete={(pin) => {
              const problem = premium.newPinProblem(pin)
              if (problem) {
                setMessage(problem)
                return
              }
              newPin.current = pin
              go('repeat')
            }}
          />
        </View>
      ) : null}
      {step === 'repeat' ? (
        <View className='card card--flush change-pin__card'>
          <PinKeypad
            key='repeat'
            prompt='请再次输入新的支付密码'
            busy={premium.changePinTask.pending}
            busyText='正在提交，请稍候…'
            message={message}
            onComplete={(pin) => void submit(pin)}
          />
        </View>
      ) : null}
      <FaceCheckDialog />
    </>
  )
})

function ChangePinPage() {
  return (
    <PageRoot className='page change-pin'>
      <LoginRequired>
        <ChangePinFlow />
      </LoginRequired>
    </PageRoot>
  )
}

export default observer(ChangePinPage)
