import { Input, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import { Tappable } from '../../../components/tappable'
import { liveAttributes } from '../../../platform/a11y'
import type { ApiError } from '../../../stores/task'

export interface Choice {
  /** ASCII: the chip's id is `${rowId}-${key}`. */
  key: string
  label: string
}

/** One labelled choice as a row of large chips: every option visible, one tap to pick. */
export function ChoiceRow(props: {
  id: string
  label: string
  choices: readonly Choice[]
  value: string | null
  onPick: (key: string) => void
}) {
  return (
    <View className='qa-form__block' id={props.id}>
      <Text className='qa-form__label'>{props.label}</Text>
      <View className='qa-form__chips'>
        {props.choices.map((choice) => (
          <Tappable
            key={choice.key}
            id={`${props.id}-${choice.key}`}
            className={`qa-form__chip ${props.value === choice.key ? 'qa-form__chip--on' : ''}`}
            onClick={() => props.onPick(choice.key)}
          >
            <Text>{choice.label}</Text>
          </Tappable>
        ))}
      </View>
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
    <Text className='error-text qa-tool__error' id={id} {...liveAttributes('alert')}>
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
