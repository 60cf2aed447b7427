import { render } from '@testing-library/react'

import { PinKeypad } from '../../src/components/pin-keypad'
import { tap, typePin } from '../support/screen'

function filledDots(): number {
  return document.querySelectorAll('#pin-dots .pin-keypad__box--filled').length
}

describe('PinKeypad', () => {
  it('draws one dot per digit and never a digit: no input element, no system keyboard', () => {
    render(<PinKeypad prompt='请输入支付密码' onComplete={jest.fn()} />)
    typePin('2581')
    expect(filledDots()).toBe(4)
    expect(document.querySelector('#pin-dots')?.textContent).toBe('')
    expect(document.querySelectorAll('input, textarea')).toHaveLength(0)
    expect(document.body.textContent).not.toContain('2581')
  })

  it('takes back the last digit with 删除, and 删除 on nothing does nothing', () => {
    const onComplete = jest.fn()
    render(<PinKeypad prompt='请输入支付密码' onComplete={onComplete} />)
    tap('#pin-key-delete')
    expect(filledDots()).toBe(0)
    typePin('123')
    tap('#pin-key-delete')
    tap('#pin-key-delete')
    expect(filledDots()).toBe(1)
    typePin('98765')
    expect(onComplete).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalledWith('198765')
  })

  it('hands over the PIN on the sixth digit and forgets it at once', () => {
    const onComplete = jest.fn()
    render(<PinKeypad prompt='请输入支付密码' onComplete={onComplete} />)
    typePin('25814')
    expect(onComplete).not.toHaveBeenCalled()
    typePin('7')
    expect(onComplete).toHaveBeenCalledWith('258147')
    expect(filledDots()).toBe(0)
    typePin('1')
    expect(filledDots()).toBe(1)
    expect(onComplete).toHaveBeenCalledTimes(1)
  })

  it('ignores every key while busy and says so', () => {
    const onComplete = jest.fn()
    render(
      <PinKeypad
        prompt='请输入支付密码'
        busy
        busyText='正在支付，请稍候…'
        onComplete={onComplete}
      />,
    )
    typePin('258147')
    expect(filledDots()).toBe(0)
    expect(onComplete).not.toHaveBeenCalled()
    expect(document.querySelector('#pin-busy')?.textContent).toBe('正在支付，请稍候…')
  })

  it('shows the message about the last try and tells the caller when a new try starts', () => {
    const onStart = jest.fn()
    render(
      <PinKeypad
        prompt='请输入支付密码'
        message='支付密码错误，您还可尝试5次。'
        onStart={onStart}
        onComplete={jest.fn()}
      />,
    )
    expect(document.querySelector('#pin-message')?.textContent).toBe(
      '支付密码错误，您还可尝试5次。',
    )
    typePin('12')
    expect(onStart).toHaveBeenCalledTimes(1)
  })
})
