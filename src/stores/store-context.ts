import { createContext, createElement, type PropsWithChildren, useContext } from 'react'

import type { RootStore } from './root-store'

const StoreContext = createContext<RootStore | null>(null)

export function StoreProvider({ store, children }: PropsWithChildren<{ store: RootStore }>) {
  return createElement(StoreContext.Provider, { value: store }, children)
}

export function useStores(): RootStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useStores outside StoreProvider')
  return store
}

/** The store, or null outside StoreProvider (a static page rendered on its own, as in tests). */
export function useOptionalStores(): RootStore | null {
  return useContext(StoreContext)
}
