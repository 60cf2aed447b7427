import './platform/engine-globals'
import './app.scss'

import { useLaunch } from '@tarojs/taro'
import { configure } from 'mobx'
import { createElement, type PropsWithChildren } from 'react'

import { createAppRoot } from './bootstrap/create-root-store'
import { QaEntriesProvider } from './components/qa-entries-slot'
import { displayPreferences } from './platform/display-preferences'
import { StoreProvider } from './stores/store-context'

configure({ enforceActions: 'observed' })

const { store: rootStore, qaEntries } = createAppRoot()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    rootStore.display.restore(displayPreferences)
    void rootStore.session.restore()
  })
  return createElement(
    StoreProvider,
    { store: rootStore },
    createElement(QaEntriesProvider, { value: qaEntries }, children),
  )
}

export default App
