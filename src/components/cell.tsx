import './cell.scss'

import { Text, View } from '@tarojs/components'

import { hiddenAttributes } from '../platform/a11y'
import { Tappable } from './tappable'

interface CellProps {
  id?: string
  title: string
  note?: string
  value?: string
  onClick?: () => void
  disabled?: boolean
}

/** One tappable row of a list, large enough for older citizens to hit. */
export function Cell({ id, title, note, value, onClick, disabled }: CellProps) {
  const body = (
    <>
      <View className='cell__main'>
        <Text className='cell__title'>{title}</Text>
        {note ? <Text className='cell__note'>{note}</Text> : null}
      </View>
      {value ? <Text className='cell__value'>{value}</Text> : null}
    </>
  )
  if (!onClick) {
    return (
      <View id={id} className={`cell ${disabled ? 'cell--disabled' : ''}`}>
        {body}
      </View>
    )
  }
  return (
    <Tappable
      id={id}
      className={`cell ${disabled ? 'cell--disabled' : ''}`}
      disabled={disabled}
      onClick={onClick}
    >
      {body}
      {disabled ? null : (
        <Text className='cell__arrow' {...hiddenAttributes}>
          ›
        </Text>
      )}
    </Tappable>
  )
}
