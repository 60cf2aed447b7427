import './face-check-dialog.scss'

import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'

import { groupAttributes, hiddenAttributes, liveAttributes } from '../platform/a11y'
import { faceVerificationMode } from '../platform/face-verification'
import { useStores } from '../stores/store-context'
import { Tappable } from './tappable'

/**
 * The face check a page asked the FaceCheckStore for. In simulated builds the citizen plays the
 * camera with "通过" / "不通过"; either way the backend (9101) decides and issues the token.
 * The check belongs to the page that shows it: leaving the page (the back button) ends it, so it
 * never comes back on a later visit or over another person's page.
 */
export const FaceCheckDialog = observer(function FaceCheckDialogView() {
  const { faceCheck } = useStores()
  useEffect(() => () => faceCheck.dismiss(), [faceCheck])
  const request = faceCheck.request
  if (!request) return null
  const task = faceCheck.verifyTask
  return (
    <View className='face-check' id='face-check'>
      <View className='face-check__panel' {...groupAttributes('dialog', '人脸识别')}>
        <Text className='face-check__title'>
          {faceVerificationMode === 'simulated' ? '模拟人脸识别' : '人脸识别'}
        </Text>
        <Text className='face-check__purpose'>
          为保证是您本人操作，{request.purpose}前需要进行人脸识别。
        </Text>
        <View className='face-check__face'>
          <Text className='face-check__face-icon' {...hiddenAttributes}>
            ☺
          </Text>
        </View>
        {faceVerificationMode === 'simulated' ? (
          <Text className='face-check__note'>测试版本不使用摄像头，请选择识别结果：</Text>
        ) : null}
        {task.error ? (
          <Text className='face-check__error' id='face-check-error' {...liveAttributes('alert')}>
            {task.error.message}
          </Text>
        ) : null}
        {task.pending ? (
          <Text className='face-check__note' id='face-check-pending'>
            正在识别，请稍候…
          </Text>
        ) : null}
        <Tappable
          as='button'
          className='btn btn-primary'
          id='face-pass'
          disabled={task.pending}
          onClick={() => void faceCheck.answer(true)}
        >
          通过
        </Tappable>
        <Tappable
          as='button'
          className='btn btn-plain'
          id='face-fail'
          disabled={task.pending}
          onClick={() => void faceCheck.answer(false)}
        >
          不通过
        </Tappable>
        <Tappable
          as='button'
          className='btn btn-plain face-check__cancel'
          id='face-cancel'
          disabled={task.pending}
          onClick={() => faceCheck.cancel()}
        >
          取消
        </Tappable>
      </View>
    </View>
  )
})
