/**
 * WeChat's accessibility attributes (aria-component, base library 2.7.1+): the role is
 * `aria-role`, the rest are WAI-ARIA's (a11y-attributes.ts). config/a11y-attributes.js lets
 * them reach the page. Mini-programs have no keyboard, so keys do nothing here.
 */
import { ariaAttributes } from './a11y-attributes'
import type { KeyActivation } from './a11y-types'

export { hiddenAttributes } from './a11y-attributes'
export type { AccessibleRole, AccessibleState } from './a11y-types'

export const { accessibleAttributes, liveAttributes, groupAttributes } = ariaAttributes('aria-role')

export function keyActivation(_activate: () => void): KeyActivation {
  return {}
}

export function keyClick(): KeyActivation {
  return {}
}

export function listenToKeys(_onKey: (key: string) => void): () => void {
  return () => undefined
}
