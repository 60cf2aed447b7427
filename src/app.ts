import './app.scss'

import { useLaunch } from '@tarojs/taro'
import { configure } from 'mobx'
import { createElement, type PropsWithChildren } from 'react'

import { createRootStore } from './bootstrap/create-root-store'
import { StoreProvider } from './stores/store-context'

configure({ enforceActions: 'observed' })

const rootStore = createRootStore()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void rootStore.session.restore()
  })
  return createElement(StoreProvider, { store: rootStore }, children)
}

export default App
