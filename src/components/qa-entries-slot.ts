import { type ComponentType, createContext, createElement, useContext } from 'react'

const QaEntriesContext = createContext<ComponentType | null>(null)

/** Set by the app root to QaEntries in builds that have the QA tools, left empty otherwise. */
export const QaEntriesProvider = QaEntriesContext.Provider

/** Where 我的 shows the QA entries: nothing in a build without the QA tools. */
export function QaEntriesSlot() {
  const Entries = useContext(QaEntriesContext)
  return Entries ? createElement(Entries) : null
}
