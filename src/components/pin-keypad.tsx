import './pin-keypad.scss'

import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'

import { PIN_LENGTH } from '../domain/pin-policy'
import { groupAttributes, hiddenAttributes, listenToKeys, liveAttributes } from '../platform/a11y'
import { Tappable } from './tappable'

interface PinKeypadProps {
  /** What to type, in plain words ("请输入支付密码"). */
  prompt: string
  /** While the last PIN is being checked: every key does nothing. */
  busy?: boolean
  busyText?: string
  /** The answer about the last PIN (wrong, weak, not the same), shown under the dots. */
  message?: string | null
  /** Called with the sixth digit; the keypad forgets the digits at once. */
  onComplete: (pin: string) => void
  /** The first digit of a new try, so the caller can take away the last message. */
  onStart?: () => void
}

const ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  ['', '0', 'delete'],
]

/**
 * A 6-digit payment PIN keypad of its own: no system keyboard and no input element, so nothing
 * can be read back, copied or suggested. The digits live only in this component's state until
 * the sixth one is typed; the screen shows six dots, never a digit.
 */
export function PinKeypad({
  prompt,
  busy,
  busyText,
  message,
  onComplete,
  onStart,
}: PinKeypadProps) {
  // The digits sit in a ref that is never rendered; only how many there are is drawn.
  const digits = useRef('')
  const [count, setCount] = useState(0)

  const press = (key: string) => {
    if (busy) return
    if (key === 'delete') {
      digits.current = digits.current.slice(0, -1)
      setCount(digits.current.length)
      return
    }
    if (digits.current.length === 0) onStart?.()
    const pin = digits.current + key
    digits.current = pin.length < PIN_LENGTH ? pin : ''
    setCount(digits.current.length)
    if (pin.length === PIN_LENGTH) onComplete(pin)
  }
  // The latest press, for the key listener that lives as long as the keypad.
  const pressRef = useRef(press)
  pressRef.current = press
  useEffect(
    () =>
      listenToKeys((key) => {
        if (/^[0-9]$/.test(key)) pressRef.current(key)
        else if (key === 'Backspace') pressRef.current('delete')
      }),
    [],
  )

  return (
    <View className={`pin-keypad ${busy ? 'pin-keypad--busy' : ''}`} id='pin-keypad'>
      <Text className='pin-keypad__prompt' id='pin-prompt'>
        {prompt}
      </Text>
      <View className='pin-keypad__dots' id='pin-dots' {...hiddenAttributes}>
        {Array.from({ length: PIN_LENGTH }, (_, i) => (
          <View key={i} className={`pin-keypad__box ${i < count ? 'pin-keypad__box--filled' : ''}`}>
            {i < count ? <View className='pin-keypad__dot' /> : null}
          </View>
        ))}
      </View>
      <Text className='sr-only' id='pin-progress' {...liveAttributes('polite')}>
        {`已输入${count}位，共${PIN_LENGTH}位`}
      </Text>
      {busy ? (
        <Text className='pin-keypad__note' id='pin-busy' {...liveAttributes('polite')}>
          {busyText ?? '正在处理，请稍候…'}
        </Text>
      ) : message ? (
        <Text className='pin-keypad__message' id='pin-message' {...liveAttributes('alert')}>
          {message}
        </Text>
      ) : (
        <Text className='pin-keypad__note'>请输入6位数字密码</Text>
      )}
      <View className='pin-keypad__keys' {...groupAttributes('group', '密码键盘')}>
        {ROWS.map((row, r) => (
          <View className='pin-keypad__row' key={r}>
            {row.map((key, k) =>
              key === '' ? (
                <View className='pin-keypad__key pin-keypad__key--blank' key={k} />
              ) : (
                <Tappable
                  key={k}
                  id={`pin-key-${key}`}
                  className={`pin-keypad__key ${key === 'delete' ? 'pin-keypad__key--delete' : ''}`}
                  hoverClass='pin-keypad__key--pressed'
                  label={key === 'delete' ? '删除一位' : `数字${key}`}
                  disabled={busy}
                  onClick={() => press(key)}
                >
                  <Text className='pin-keypad__label' {...hiddenAttributes}>
                    {key === 'delete' ? '删除' : key}
                  </Text>
                </Tappable>
              ),
            )}
          </View>
        ))}
      </View>
    </View>
  )
}
