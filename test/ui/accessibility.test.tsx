import { fireEvent, render } from '@testing-library/react'

import { PinKeypad } from '../../src/components/pin-keypad'
import { Tappable } from '../../src/components/tappable'
import { type DisplayPreferences, DisplayStore } from '../../src/stores/display-store'

function el(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector)
  if (!found) throw new Error(`no ${selector}`)
  return found
}

function key(target: Document | Element, name: string) {
  fireEvent.keyDown(target, { key: name })
}

describe('Tappable', () => {
  it('is a named button in the Tab order that Enter and Space activate', () => {
    const onClick = jest.fn()
    render(
      <Tappable id='go' label='去绑定' onClick={onClick}>
        去
      </Tappable>,
    )
    const go = el('#go')
    expect(go.getAttribute('role')).toBe('button')
    expect(go.getAttribute('aria-label')).toBe('去绑定')
    expect(go.tabIndex).toBe(0)
    key(go, 'Enter')
    key(go, ' ')
    key(go, 'a')
    expect(onClick).toHaveBeenCalledTimes(2)
  })

  it('exposes checked, selected and expanded, not only as colour', () => {
    render(
      <>
        <Tappable id='agree' role='checkbox' checked onClick={jest.fn()}>
          同意
        </Tappable>
        <Tappable id='tab' role='tab' selected={false} onClick={jest.fn()}>
          账户变动
        </Tappable>
        <Tappable id='more' expanded={false} onClick={jest.fn()}>
          筛选
        </Tappable>
      </>,
    )
    expect(el('#agree').getAttribute('aria-checked')).toBe('true')
    expect(el('#tab').getAttribute('aria-selected')).toBe('false')
    expect(el('#more').getAttribute('aria-expanded')).toBe('false')
  })

  it('does nothing while disabled, by tap or by key, and leaves the Tab order', () => {
    const onClick = jest.fn()
    render(
      <Tappable id='pay' disabled onClick={onClick}>
        确认代缴
      </Tappable>,
    )
    fireEvent.click(el('#pay'))
    key(el('#pay'), 'Enter')
    expect(onClick).not.toHaveBeenCalled()
    expect(el('#pay').getAttribute('aria-disabled')).toBe('true')
    expect(el('#pay').tabIndex).toBe(-1)
  })
})

describe('PinKeypad for screen readers and keyboards', () => {
  it('names every key and announces progress without ever exposing a digit typed', () => {
    render(<PinKeypad prompt='请输入支付密码' onComplete={jest.fn()} />)
    expect(el('#pin-key-7').getAttribute('aria-label')).toBe('数字7')
    expect(el('#pin-key-delete').getAttribute('aria-label')).toBe('删除一位')
    expect(el('#pin-progress').getAttribute('aria-live')).toBe('polite')
    expect(el('#pin-progress').textContent).toBe('已输入0位，共6位')
    fireEvent.click(el('#pin-key-2'))
    fireEvent.click(el('#pin-key-5'))
    expect(el('#pin-progress').textContent).toBe('已输入2位，共6位')
    const outsideKeys = document.body.cloneNode(true) as HTMLElement
    outsideKeys.querySelectorAll('.pin-keypad__keys').forEach((keys) => keys.remove())
    expect(outsideKeys.innerHTML).not.toContain('25')
    expect(outsideKeys.textContent?.replace('已输入2位，共6位', '')).not.toMatch(/[25]/)
  })

  it('takes digits and Backspace from a physical keyboard', () => {
    const onComplete = jest.fn()
    render(<PinKeypad prompt='请输入支付密码' onComplete={onComplete} />)
    for (const digit of '1239') key(document, digit)
    key(document, 'Backspace')
    for (const digit of '456') key(document, digit)
    expect(onComplete).toHaveBeenCalledWith('123456')
  })

  it('announces a wrong PIN as an alert', () => {
    render(<PinKeypad prompt='请输入支付密码' message='支付密码错误' onComplete={jest.fn()} />)
    expect(el('#pin-message').getAttribute('role')).toBe('alert')
  })
})

describe('长辈模式', () => {
  function preferences(stored: boolean | null, largeFont: boolean) {
    const saved: boolean[] = []
    const prefs: DisplayPreferences = {
      storedElderMode: () => stored,
      storeElderMode: (on) => saved.push(on),
      systemFontIsLarge: () => largeFont,
    }
    return { prefs, saved }
  }

  it('turns on by itself with a large system font, unless the citizen chose otherwise', () => {
    const byFont = new DisplayStore()
    byFont.restore(preferences(null, true).prefs)
    expect(byFont.modeClass).toBe('mode-elder')
    const chosenOff = new DisplayStore()
    chosenOff.restore(preferences(false, true).prefs)
    expect(chosenOff.modeClass).toBe('mode-normal')
  })

  it('remembers the switch', () => {
    const { prefs, saved } = preferences(null, false)
    const display = new DisplayStore()
    display.restore(prefs)
    display.setElderMode(true)
    expect(display.elderMode).toBe(true)
    expect(saved).toEqual([true])
  })
})
