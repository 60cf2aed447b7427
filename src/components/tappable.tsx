import './tappable.scss'

import { Button, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

import { accessibleAttributes, type AccessibleRole, keyActivation } from '../platform/a11y'

interface TappableProps {
  id?: string
  className?: string
  /** What it is to a screen reader; a button unless it is a choice, a tab or a switch. */
  role?: AccessibleRole
  /** The name read out, when the visible text alone would not say what it does. */
  label?: string
  /** For checkbox, radio and switch. */
  checked?: boolean
  /** For tabs and chips. */
  selected?: boolean
  /** For a control that opens and closes a region. */
  expanded?: boolean
  disabled?: boolean
  /** A platform button's spinner while its action runs. */
  loading?: boolean
  /** 'button' renders the platform's button (the .btn styles); otherwise a plain block. */
  as?: 'button' | 'block'
  hoverClass?: string
  onClick: () => void
}

/**
 * Every tappable thing in the app: it has a role and a name, can be reached with Tab and used
 * with Enter or Space on H5, exposes checked/selected/expanded, and does nothing while disabled.
 */
export function Tappable({
  id,
  className,
  role = 'button',
  label,
  checked,
  selected,
  expanded,
  disabled = false,
  loading,
  as = 'block',
  hoverClass,
  onClick,
  children,
}: PropsWithChildren<TappableProps>) {
  const activate = () => {
    if (!disabled) onClick()
  }
  const accessible = {
    ...accessibleAttributes({ role, label, checked, selected, expanded, disabled }),
    ...keyActivation(activate),
  }
  if (as === 'button') {
    return (
      <Button
        id={id}
        className={className}
        disabled={disabled}
        loading={loading}
        onClick={activate}
        {...accessible}
      >
        {children}
      </Button>
    )
  }
  return (
    <View
      id={id}
      className={`tappable ${className ?? ''} ${disabled ? 'tappable--disabled' : ''}`}
      hoverClass={disabled ? 'none' : (hoverClass ?? 'tappable--pressed')}
      onClick={activate}
      {...accessible}
    >
      {children}
    </View>
  )
}
