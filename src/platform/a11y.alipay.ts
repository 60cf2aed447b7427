/**
 * Alipay's accessibility attributes (无障碍访问, base library 1.18.0+): the role is
 * `role`, the rest are WAI-ARIA's. config/a11y-attributes.js lets them reach the page.
 */
import type { AccessibleState, GroupRole, KeyActivation, LiveAttributes } from './a11y-types'

export type { AccessibleRole, AccessibleState } from './a11y-types'

export function accessibleAttributes(state: AccessibleState): Record<string, string | number> {
  const attributes: Record<string, string | number> = {
    role: state.role,
    'aria-disabled': state.disabled ? 'true' : 'false',
  }
  if (state.label !== undefined) attributes['aria-label'] = state.label
  if (state.checked !== undefined) attributes['aria-checked'] = state.checked ? 'true' : 'false'
  if (state.selected !== undefined) attributes['aria-selected'] = state.selected ? 'true' : 'false'
  if (state.expanded !== undefined) attributes['aria-expanded'] = state.expanded ? 'true' : 'false'
  return attributes
}

export function keyActivation(_activate: () => void): KeyActivation {
  return {}
}

export function liveAttributes(kind: 'polite' | 'alert'): LiveAttributes {
  return kind === 'alert' ? { role: 'alert', 'aria-live': 'assertive' } : { 'aria-live': 'polite' }
}

/** A container that groups controls (the relation options, the record tabs) or a dialog. */
export function groupAttributes(role: GroupRole, label?: string): Record<string, string> {
  return label === undefined ? { role: role } : { role: role, 'aria-label': label }
}

export const hiddenAttributes: Record<string, string> = { 'aria-hidden': 'true' }

export function listenToKeys(_onKey: (key: string) => void): () => void {
  return () => undefined
}
