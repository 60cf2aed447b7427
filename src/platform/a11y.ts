/**
 * How a control tells assistive technology what it is. This file serves H5 (WAI-ARIA on the
 * element, Tab focus, Enter/Space); the .weapp.ts and .alipay.ts twins use the attribute names
 * of the mini-program platforms, which have no keyboard.
 */
import type { AccessibleState, GroupRole, KeyActivation, LiveAttributes } from './a11y-types'

export type { AccessibleRole, AccessibleState } from './a11y-types'

export function accessibleAttributes(state: AccessibleState): Record<string, string | number> {
  const attributes: Record<string, string | number> = {
    role: state.role,
    tabIndex: state.disabled ? -1 : 0,
    'aria-disabled': state.disabled ? 'true' : 'false',
  }
  if (state.label !== undefined) attributes['aria-label'] = state.label
  if (state.checked !== undefined) attributes['aria-checked'] = state.checked ? 'true' : 'false'
  if (state.selected !== undefined) attributes['aria-selected'] = state.selected ? 'true' : 'false'
  if (state.expanded !== undefined) attributes['aria-expanded'] = state.expanded ? 'true' : 'false'
  return attributes
}

/** Enter and Space act like a tap, as on a native button. */
export function keyActivation(activate: () => void): KeyActivation {
  return {
    onKeyDown: (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault?.()
      activate()
    },
  }
}

/** A region whose changes are read out: 'polite' waits, 'alert' interrupts. */
export function liveAttributes(kind: 'polite' | 'alert'): LiveAttributes {
  return kind === 'alert' ? { role: 'alert', 'aria-live': 'assertive' } : { 'aria-live': 'polite' }
}

/** Decoration a screen reader should skip. */
/** A container that groups controls (the relation options, the record tabs) or a dialog. */
export function groupAttributes(role: GroupRole, label?: string): Record<string, string> {
  return label === undefined ? { role: role } : { role: role, 'aria-label': label }
}

export const hiddenAttributes: Record<string, string> = { 'aria-hidden': 'true' }

/** Calls `onKey` with each key pressed anywhere on the page until the returned stop is called. */
export function listenToKeys(onKey: (key: string) => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    onKey(event.key)
  }
  document.addEventListener('keydown', listener)
  return () => document.removeEventListener('keydown', listener)
}
