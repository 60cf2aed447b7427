import { configure } from 'mobx'
import type { PropsWithChildren } from 'react'

configure({ enforceActions: 'observed' })

export default function App({ children }: PropsWithChildren) {
  return children
}
