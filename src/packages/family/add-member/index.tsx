import './index.scss'

import { Input, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'

import { PageRoot } from '../../../components/display-mode'
import { LoginRequired } from '../../../components/login-required'
import { Tappable } from '../../../components/tappable'
import type { BindingAddOutput } from '../../../domain/api'
import { liveAttributes } from '../../../platform/a11y'
import { goBack, navigate, redirect, routes } from '../../../platform/navigation'
import { requestSubscription } from '../../../platform/subscriptions'
import { AddMemberForm } from '../../../stores/add-member-form'
import { useStores } from '../../../stores/store-context'
import { NEXT_STEP_LABELS, nextStepFor } from './next-step'
import { RelationPicker } from './relation-picker'
import { AddResult } from './result'

/**
 * A refusal replaces the form, so the message is in view without scrolling; the next step the
 * error calls for is the main button, and the filled-in form is kept for a correction.
 */
const Refusal = observer(function RefusalView({
  form,
  onRetry,
}: {
  form: AddMemberForm
  onRetry: () => void
}) {
  const { family } = useStores()
  const error = family.addTask.error
  if (!error) return null
  const step = nextStepFor(error.code)
  const act = () => {
    family.addTask.clearError()
    if (step === 'relation') form.pickRelation(-1)
    else if (step === 'faq') navigate(routes.faq)
    else if (step === 'family') goBack()
    else if (step === 'create-family') redirect(routes.binding)
    else if (step === 'retry') onRetry()
  }
  const backToForm = step !== 'edit' && step !== 'relation'
  return (
    <View className='card add-refusal' id='add-error' {...liveAttributes('alert')}>
      <Text className='add-refusal__title'>未能绑定</Text>
      <Text className='add-refusal__text' id='add-error-message'>
        {error.message}
      </Text>
      <Tappable
        as='button'
        className='btn btn-primary'
        id='add-error-next'
        disabled={family.addTask.pending}
        onClick={act}
      >
        {NEXT_STEP_LABELS[step]}
      </Tappable>
      {backToForm ? (
        <Tappable
          as='button'
          className='btn btn-plain'
          id='add-error-back'
          onClick={() => family.addTask.clearError()}
        >
          返回修改
        </Tappable>
      ) : null}
    </View>
  )
})

/** 添加成员: name, ID number (checked as typed) and relation, then 提交绑定. */
function AddMemberPage() {
  const root = useStores()
  const { family } = root
  const [form] = useState(() => new AddMemberForm(() => root.backendToday()))
  const [tried, setTried] = useState(false)
  const [result, setResult] = useState<BindingAddOutput | null>(null)
  const task = family.addTask
  useEffect(() => family.clearErrors(), [family])

  const submit = async () => {
    setTried(true)
    const input = form.input
    if (!input) return
    // WeChat shows the subscription panel only from a tap, so it is asked before the request.
    requestSubscription('member-added')
    const output = await family.add(input)
    if (output) setResult(output)
  }

  if (task.error) {
    return (
      <PageRoot className='page add-member'>
        <Refusal form={form} onRetry={() => void submit()} />
      </PageRoot>
    )
  }

  if (result) {
    return (
      <PageRoot className='page add-member'>
        <AddResult
          result={result}
          onDone={goBack}
          onAnother={() => {
            form.reset()
            setTried(false)
            setResult(null)
          }}
        />
      </PageRoot>
    )
  }

  return (
    <PageRoot className='page add-member'>
      <LoginRequired>
        <View className='card form'>
          <View className='form__field'>
            <Text className='form__label'>姓名</Text>
            <Input
              className='form__input'
              id='member-name'
              value={form.name}
              placeholder='请输入家庭成员的姓名'
              maxlength={20}
              onInput={(e) => form.setName(e.detail.value)}
            />
          </View>
          <View className='form__field'>
            <Text className='form__label'>身份证号</Text>
            <Input
              className='form__input'
              id='member-certno'
              type='idcard'
              value={form.certno}
              placeholder='请输入18位身份证号'
              maxlength={18}
              onInput={(e) => form.setCertno(e.detail.value)}
              onBlur={() => form.touchCertno()}
            />
            {form.certnoError ? (
              <Text
                className='error-text form__error'
                id='certno-error'
                {...liveAttributes('alert')}
              >
                {form.certnoError}
              </Text>
            ) : null}
          </View>
          <View className='form__field'>
            <Text className='form__label'>与本人关系</Text>
            <Text className='hint form__hint'>
              这位家人是您的什么人？例如您的儿子或女儿，请选“子女”。
            </Text>
            <RelationPicker
              relations={form.relations}
              value={form.relation}
              onPick={(index) => form.pickRelation(index)}
            />
          </View>
        </View>
        <View className='card add-member__rules'>
          <Text className='add-member__rule'>· 未满16周岁的家人，提交后立即绑定。</Text>
          <Text className='add-member__rule'>
            · 年满16周岁的家人，需要本人登录确认并完成人脸验证后才生效。
          </Text>
        </View>
        {tried && form.missing ? (
          <Text
            className='error-text add-member__missing'
            id='form-missing'
            {...liveAttributes('alert')}
          >
            {form.missing}
          </Text>
        ) : null}
        <Tappable
          as='button'
          className='btn btn-primary'
          id='submit-binding'
          disabled={task.pending}
          onClick={() => void submit()}
        >
          提交绑定
        </Tappable>
      </LoginRequired>
    </PageRoot>
  )
}

export default observer(AddMemberPage)
