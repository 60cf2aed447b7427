export type AccessibleRole = 'button' | 'checkbox' | 'radio' | 'tab' | 'link' | 'switch'

/** What a control is and its state, in the terms of WAI-ARIA. */
export interface AccessibleState {
  role: AccessibleRole
  /** Replaces the visible text as the name; only for controls whose text is not enough. */
  label?: string
  checked?: boolean
  selected?: boolean
  expanded?: boolean
  disabled?: boolean
}

export interface KeyActivation {
  onKeyDown?: (event: { key: string; preventDefault?: () => void; currentTarget?: unknown }) => void
}

export type LiveAttributes = Record<string, string>

export type GroupRole = 'radiogroup' | 'tablist' | 'dialog' | 'group'
