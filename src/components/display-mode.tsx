import './display-mode.scss'

import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { PropsWithChildren } from 'react'

import { hiddenAttributes } from '../platform/a11y'
import { useOptionalStores, useStores } from '../stores/store-context'
import { Tappable } from './tappable'

/** The 长辈模式 switch of 我要办 and 我的: the whole row toggles it. */
export const ElderModeSwitch = observer(function ElderModeSwitchView() {
  const { display } = useStores()
  const on = display.elderMode
  return (
    <Tappable
      className='card elder-switch'
      id='elder-mode'
      role='switch'
      checked={on}
      label='长辈模式'
      onClick={() => display.setElderMode(!on)}
    >
      <View className='elder-switch__text'>
        <Text className='elder-switch__title'>长辈模式</Text>
        <Text className='elder-switch__note'>字更大、按钮更大，常用业务放在首页</Text>
      </View>
      <View
        className={`elder-switch__track ${on ? 'elder-switch__track--on' : ''}`}
        {...hiddenAttributes}
      >
        <Text className='elder-switch__state'>{on ? '开' : '关'}</Text>
        <View className='elder-switch__thumb' />
      </View>
    </Tappable>
  )
})

/** A page's root element, carrying the mode class that switches the design tokens. */
export const PageRoot = observer(function PageRootView({
  className,
  children,
}: PropsWithChildren<{ className: string }>) {
  const modeClass = useOptionalStores()?.display.modeClass ?? 'mode-normal'
  return <View className={`${className} ${modeClass}`}>{children}</View>
})
