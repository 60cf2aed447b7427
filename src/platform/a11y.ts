/**
 * How a control tells assistive technology what it is. This file serves H5 (WAI-ARIA on the
 * element, Tab focus, Enter/Space); the .weapp.ts and .alipay.ts twins use the attribute names
 * of the mini-program platforms, which have no keyboard.
 */
import { ariaAttributes } from './a11y-attributes'
import type { AccessibleState, KeyActivation } from './a11y-types'

export { hiddenAttributes } from './a11y-attributes'
export type { AccessibleRole, AccessibleState } from './a11y-types'

const aria = ariaAttributes('role')
export const { liveAttributes, groupAttributes } = aria

/** On H5 a control is also a Tab stop, unless it is disabled. */
export function accessibleAttributes(state: AccessibleState): Record<string, string | number> {
  return { ...aria.accessibleAttributes(state), tabIndex: state.disabled ? -1 : 0 }
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

/**
 * Enter and Space click the control's content, for a platform component that opens on a click:
 * Taro's H5 picker listens on the element wrapping its content, not on itself. The click bubbles
 * up through the control, so listeners on the control hear it as well.
 */
export function keyClick(): KeyActivation {
  return {
    onKeyDown: (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault?.()
      const control = event.currentTarget
      if (!(control instanceof HTMLElement)) return
      const content = control.querySelector('div, taro-view-core')
      ;(content instanceof HTMLElement ? content : control).click()
    },
  }
}

/** Calls `onKey` with each key pressed anywhere on the page until the returned stop is called. */
export function listenToKeys(onKey: (key: string) => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    onKey(event.key)
  }
  document.addEventListener('keydown', listener)
  return () => document.removeEventListener('keydown', listener)
}
