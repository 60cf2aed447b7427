import type { AccessibleState, GroupRole, LiveAttributes } from './a11y-types'

/**
 * The attributes every platform writes alike (WAI-ARIA states and names); only the key that
 * carries the role differs: `role` on H5 and Alipay, `aria-role` on WeChat.
 */
export function ariaAttributes(roleKey: 'role' | 'aria-role') {
  return {
    accessibleAttributes(state: AccessibleState): Record<string, string | number> {
      const attributes: Record<string, string | number> = {
        [roleKey]: state.role,
        'aria-disabled': state.disabled ? 'true' : 'false',
      }
      if (state.label !== undefined) attributes['aria-label'] = state.label
      if (state.checked !== undefined) attributes['aria-checked'] = state.checked ? 'true' : 'false'
      if (state.selected !== undefined) {
        attributes['aria-selected'] = state.selected ? 'true' : 'false'
      }
      if (state.expanded !== undefined) {
        attributes['aria-expanded'] = state.expanded ? 'true' : 'false'
      }
      return attributes
    },
    /** A region whose changes are read out: 'polite' waits, 'alert' interrupts. */
    liveAttributes(kind: 'polite' | 'alert'): LiveAttributes {
      return kind === 'alert'
        ? { [roleKey]: 'alert', 'aria-live': 'assertive' }
        : { 'aria-live': 'polite' }
    },
    /** A container that groups controls (the relation options, the record tabs) or a dialog. */
    groupAttributes(role: GroupRole, label?: string): Record<string, string> {
      return label === undefined ? { [roleKey]: role } : { [roleKey]: role, 'aria-label': label }
    },
  }
}

/** Decoration a screen reader should skip. */
export const hiddenAttributes: Record<string, string> = { 'aria-hidden': 'true' }
