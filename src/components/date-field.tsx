import { Picker, Text, View } from '@tarojs/components'

import { reportUnexpected } from '../domain/unexpected'
import { accessibleAttributes, keyClick } from '../platform/a11y'
import { datePicking } from '../platform/date-picking'
import { Tappable } from './tappable'

interface DateFieldProps {
  id: string
  className: string
  label: string
  /** yyyy-MM-dd, or null while none is picked. */
  picked: string | null
  /** Where the picker opens when nothing is picked yet. */
  fallback: string
  start: string
  end: string
  onPick: (date: string) => void
}

/**
 * One date, picked the platform's way: the `picker` component in date mode on WeChat and H5,
 * `my.datePicker` on Alipay (src/platform/date-picking).
 */
export function DateField(props: DateFieldProps) {
  const name = `${props.label}：${props.picked ?? '请选择'}`
  const shown = (
    <View className={props.className}>
      <Text className='hint'>{props.label}</Text>
      <Text>{props.picked ?? '请选择'}</Text>
    </View>
  )
  if (datePicking.kind === 'api') {
    const { open } = datePicking
    const choose = () => {
      const range = { current: props.picked ?? props.fallback, start: props.start, end: props.end }
      open(range).then((date) => {
        if (date !== null) props.onPick(date)
      }, reportUnexpected)
    }
    return (
      <Tappable id={props.id} label={name} onClick={choose}>
        {shown}
      </Tappable>
    )
  }
  // The picker opens on a click; on H5 it is the Tab stop, and Enter or Space clicks it.
  const accessible = { ...accessibleAttributes({ role: 'button', label: name }), ...keyClick() }
  return (
    <Picker
      mode='date'
      id={props.id}
      value={props.picked ?? props.fallback}
      start={props.start}
      end={props.end}
      onChange={(e) => props.onPick(String(e.detail.value))}
      {...accessible}
    >
      {shown}
    </Picker>
  )
}
