import './cell.scss'

import { Text, View } from '@tarojs/components'

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
  return (
    <View
      id={id}
      className={`cell ${disabled ? 'cell--disabled' : ''}`}
      onClick={disabled ? undefined : onClick}
    >
      <View className='cell__main'>
        <Text className='cell__title'>{title}</Text>
        {note ? <Text className='cell__note'>{note}</Text> : null}
      </View>
      {value ? <Text className='cell__value'>{value}</Text> : null}
      {onClick && !disabled ? <Text className='cell__arrow'>›</Text> : null}
    </View>
  )
}
