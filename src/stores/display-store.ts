import { makeAutoObservable } from 'mobx'

/** Where the 长辈模式 choice is kept and what the platform says about the system font. */
export interface DisplayPreferences {
  /** The citizen's own choice, or null before they ever made one. */
  storedElderMode(): boolean | null
  storeElderMode(on: boolean): void
  /** Whether the platform's font setting is large enough to start in 长辈模式. */
  systemFontIsLarge(): boolean
}

/**
 * 长辈模式 (large text and targets). A choice the citizen made wins; without one, a large system
 * font turns it on by itself. Pages put `modeClass` on their root, which switches the design tokens.
 */
export class DisplayStore {
  elderMode = false
  private preferences: DisplayPreferences | null = null

  constructor() {
    makeAutoObservable<DisplayStore, 'preferences'>(this, { preferences: false })
  }

  restore(preferences: DisplayPreferences): void {
    this.preferences = preferences
    this.elderMode = preferences.storedElderMode() ?? preferences.systemFontIsLarge()
  }

  setElderMode(on: boolean): void {
    this.elderMode = on
    this.preferences?.storeElderMode(on)
  }

  /** How much taller a list row is: its text is up to a quarter larger in 长辈模式. */
  get rowScale(): number {
    return this.elderMode ? 1.25 : 1
  }

  get modeClass(): string {
    return this.elderMode ? 'mode-elder' : 'mode-normal'
  }
}
