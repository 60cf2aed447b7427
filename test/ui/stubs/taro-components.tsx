/**
 * DOM stand-ins for @tarojs/components in jsdom. Events reach handlers the way Taro delivers them:
 * taps as onClick, inputs as { detail: { value } }.
 */
import React, { forwardRef, type ReactNode } from 'react'

interface Props {
  children?: ReactNode
  onScrollToLower?: () => void
  onScroll?: (e: { detail: { scrollTop: number; scrollHeight: number } }) => void
  className?: string
  id?: string
  disabled?: boolean
  onClick?: () => void
  style?: unknown
}

/** Accessibility props reach the DOM as on H5: role, aria-*, tabIndex and key handlers. */
function accessibleProps(props: Props): Record<string, unknown> {
  const passed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key === 'role' || key === 'tabIndex' || key === 'onKeyDown' || key.startsWith('aria-')) {
      passed[key] = value
    }
  }
  return passed
}

function element(tag: string, role?: string) {
  const Component = forwardRef<HTMLElement, Props>(function TaroStub(props, ref) {
    const { children, className, onClick, disabled, id, style } = props
    return React.createElement(
      tag,
      {
        role,
        ref,
        id,
        className,
        style: typeof style === 'object' ? style : undefined,
        'aria-disabled': disabled ? 'true' : undefined,
        disabled: tag === 'button' ? Boolean(disabled) : undefined,
        onClick: disabled ? undefined : onClick,
        ...accessibleProps(props),
      },
      children,
    )
  })
  return Component
}

export const View = element('div')
export const Text = element('span')
export const Label = element('label')
export const Block = ({ children }: Props) => <>{children}</>
export const Button = element('button', 'button')
export const ScrollView = forwardRef<HTMLDivElement, Props>(function ScrollViewStub(props, ref) {
  const { children, className, id, onScrollToLower, onScroll } = props
  return (
    <div
      ref={ref}
      id={id}
      className={className}
      data-testid='scroll-view'
      onScroll={(e) => {
        const el = e.currentTarget
        onScroll?.({ detail: { scrollTop: el.scrollTop, scrollHeight: el.scrollHeight } })
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 10) {
          onScrollToLower?.()
        }
      }}
    >
      {children}
    </div>
  )
})

interface InputProps {
  id?: string
  className?: string
  value?: string
  placeholder?: string
  maxlength?: number
  type?: string
  password?: boolean
  disabled?: boolean
  onInput?: (e: { detail: { value: string } }) => void
  onBlur?: (e: { detail: { value: string } }) => void
}

export const Input = forwardRef<HTMLInputElement, InputProps>(function InputStub(props, ref) {
  return (
    <input
      ref={ref}
      id={props.id}
      className={props.className}
      value={props.value ?? ''}
      placeholder={props.placeholder}
      maxLength={props.maxlength}
      type={props.password ? 'password' : 'text'}
      disabled={props.disabled}
      onChange={(e) => props.onInput?.({ detail: { value: e.target.value } })}
      onBlur={(e) => props.onBlur?.({ detail: { value: e.target.value } })}
    />
  )
})

export const Textarea = Input

interface PickerProps {
  id?: string
  range?: unknown[]
  rangeKey?: string
  value?: number
  mode?: string
  start?: string
  end?: string
  onChange?: (e: { detail: { value: number | string } }) => void
  children?: ReactNode
}

/** A <select> for selector pickers and a date or time <input> for date and time pickers. */
export function Picker({ id, range = [], rangeKey, value, mode, onChange, children }: PickerProps) {
  if (mode === 'date' || mode === 'time') {
    return (
      <label>
        {children}
        <input
          id={id}
          type={mode}
          data-testid={id}
          onChange={(e) => onChange?.({ detail: { value: e.target.value } })}
        />
      </label>
    )
  }
  return (
    <label>
      {children}
      <select
        id={id}
        data-testid={id}
        value={value ?? -1}
        onChange={(e) => onChange?.({ detail: { value: Number(e.target.value) } })}
      >
        <option value={-1} disabled>
          请选择
        </option>
        {range.map((item, index) => (
          <option key={index} value={index}>
            {rangeKey ? String((item as Record<string, unknown>)[rangeKey]) : String(item)}
          </option>
        ))}
      </select>
    </label>
  )
}

interface CheckboxProps {
  id?: string
  value?: string
  checked?: boolean
  children?: ReactNode
}

export function Checkbox({ id, value, checked }: CheckboxProps) {
  return <input id={id} type='checkbox' value={value} checked={Boolean(checked)} readOnly />
}

export function CheckboxGroup({
  onChange,
  children,
}: {
  onChange?: (e: { detail: { value: string[] } }) => void
  children?: ReactNode
}) {
  return (
    <div
      onClick={(e) => {
        const target = e.target as HTMLInputElement
        if (target.type !== 'checkbox') return
        const group = e.currentTarget.querySelectorAll<HTMLInputElement>('input[type=checkbox]')
        const value: string[] = []
        group.forEach((box) => {
          const on = box === target ? !box.checked : box.checked
          if (on) value.push(box.value)
        })
        onChange?.({ detail: { value } })
      }}
    >
      {children}
    </div>
  )
}

export const Switch = element('div')
export const Image = element('img')
export const Canvas = element('canvas')
