import { Input, Picker, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import type { ApiError } from '../../../services/api-error'

/** One labelled choice from a list; shows the choice in words, or 请选择. */
export function PickerRow(props: {
  id: string
  label: string
  options: readonly string[]
  index: number | null
  onPick: (index: number) => void
}) {
  return (
    <View className='qa-form__row'>
      <Text className='qa-form__label'>{props.label}</Text>
      <Picker
        mode='selector'
        className='qa-form__picker'
        id={props.id}
        range={props.options as string[]}
        value={props.index ?? 0}
        onChange={(e) => props.onPick(Number(e.detail.value))}
      >
        <View className='qa-form__field'>
          <Text className={props.index === null ? 'qa-form__placeholder' : ''}>
            {props.index === null ? '请选择' : props.options[props.index]}
          </Text>
          <Text className='qa-form__caret'>›</Text>
        </View>
      </Picker>
    </View>
  )
}

export function InputRow(props: {
  id: string
  label: string
  value: string
  placeholder: string
  digits?: boolean
  onInput: (value: string) => void
}) {
  return (
    <View className='qa-form__row'>
      <Text className='qa-form__label'>{props.label}</Text>
      <Input
        id={props.id}
        className='qa-form__input'
        type={props.digits ? 'digit' : 'text'}
        value={props.value}
        placeholder={props.placeholder}
        onInput={(e) => props.onInput(e.detail.value)}
      />
    </View>
  )
}

/** A tool's card: its copy-deck title and what it does in one line. */
export function ToolCard(props: { id: string; title: string; hint: string; children: ReactNode }) {
  return (
    <View className='card qa-tool' id={props.id}>
      <Text className='qa-tool__title'>{props.title}</Text>
      <Text className='hint qa-tool__hint'>{props.hint}</Text>
      {props.children}
    </View>
  )
}

/** The backend's message, unchanged, or a check the form made before sending. */
export function ToolError({ id, error }: { id: string; error: ApiError | string | null }) {
  if (!error) return null
  return (
    <Text className='error-text qa-tool__error' id={id}>
      {typeof error === 'string' ? error : error.message}
    </Text>
  )
}

export function ResultLines({ id, title, lines }: { id: string; title: string; lines: string[] }) {
  return (
    <View className='qa-tool__result' id={id}>
      <Text className='qa-tool__result-title'>{title}</Text>
      {lines.map((line) => (
        <Text className='qa-tool__result-line' key={line}>
          {line}
        </Text>
      ))}
    </View>
  )
}
