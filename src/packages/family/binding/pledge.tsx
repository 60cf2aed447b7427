import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import { formatErrorMessage } from '../../../domain/errors'
import { hiddenAttributes, liveAttributes } from '../../../platform/a11y'
import { toast } from '../../../platform/feedback'
import { useStores } from '../../../stores/store-context'

const PLEDGE_ITEMS = [
  '本人自愿建立家庭共济关系，将本人职工医保个人账户资金供绑定的近亲属使用。',
  '本人添加的家庭成员均为本人的近亲属，填写的姓名、身份证号和亲属关系真实准确。',
  '共济资金只用于家庭成员在定点医疗机构、定点零售药店发生的个人负担费用，以及为家庭成员缴纳城乡居民医保个人缴费，不用于套取现金或其他用途。',
  '共济资金一经使用，除依规退费外不予退回；本人可以随时为成员设置限额或解除绑定。',
  '如有虚假申报或违规使用，医保部门可依法解除共济关系并追回相关资金，由此产生的后果由本人承担。',
]

/** F1: the 《家庭共济承诺书》, read and agreed before the family exists. */
export const PledgeStep = observer(function PledgeStepView({ onCancel }: { onCancel: () => void }) {
  const { family } = useStores()
  const [agreed, setAgreed] = useState(false)
  const [reminded, setReminded] = useState(false)
  const task = family.createTask

  const confirm = async () => {
    if (!agreed) {
      setReminded(true)
      return
    }
    if (await family.create()) toast('共济家庭已创建')
  }

  return (
    <View className='card pledge' id='pledge'>
      <Text className='pledge__title'>《家庭共济承诺书》</Text>
      {PLEDGE_ITEMS.map((item, index) => (
        <Text key={index} className='pledge__item'>
          {`${index + 1}. ${item}`}
        </Text>
      ))}
      <Tappable
        className={`pledge__agree ${agreed ? 'pledge__agree--on' : ''}`}
        id='pledge-agree'
        role='checkbox'
        checked={agreed}
        onClick={() => {
          setAgreed(!agreed)
          setReminded(false)
        }}
      >
        <View
          className='pledge__box'
          id={agreed ? 'pledge-checked' : 'pledge-unchecked'}
          {...hiddenAttributes}
        >
          <Text className='pledge__tick'>{agreed ? '✓' : ''}</Text>
        </View>
        <Text className='pledge__agree-text'>我已阅读并同意《家庭共济承诺书》</Text>
      </Tappable>
      {reminded && !agreed ? (
        <Text className='error-text' id='pledge-required' {...liveAttributes('alert')}>
          {formatErrorMessage('E_PLEDGE_REQUIRED')}
        </Text>
      ) : null}
      {task.error ? (
        <Text className='error-text' id='create-error' {...liveAttributes('alert')}>
          {task.error.message}
        </Text>
      ) : null}
      <Tappable
        as='button'
        className='btn btn-primary'
        id='confirm-create'
        disabled={task.pending}
        onClick={() => void confirm()}
      >
        确认创建
      </Tappable>
      <Tappable
        as='button'
        className='btn btn-plain'
        id='cancel-create'
        disabled={task.pending}
        onClick={onCancel}
      >
        取消
      </Tappable>
    </View>
  )
})
