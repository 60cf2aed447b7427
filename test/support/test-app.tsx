import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'

import type { BackendOptions } from '../../src/backend'
import type { Infno, InputOf, OutputOf } from '../../src/domain/api'
import { StoreProvider } from '../../src/stores/store-context'
import { mockTaro } from '../ui/stubs/taro'
import type { PersonaName } from './public/demo'
import { buildRootStore, type TestRoot } from './root-store'
import { zhangFamily, type ZhangFamilyIds } from './scenes'

export { mockTaro, navigation, showModal, showToast, tabBar } from '../ui/stubs/taro'

/** A test app for the UI layer: the kit's root store, its backend, and a screen to render on. */
export interface TestApp extends TestRoot {
  /** One scene step as `name` on another device: `await app.as('李秀兰', '5302', { pledge: true })`. */
  as<K extends Infno>(name: PersonaName, infno: K, input: InputOf<K>): Promise<OutputOf<K>>
  render(page: ReactElement): RenderResult
}

/** The app at the demo's "now", over the simulated backend in memory, with the QA tools. */
export function createTestApp(options: BackendOptions = {}): TestApp {
  mockTaro.reset()
  const root = buildRootStore(options)
  return {
    ...root,
    as: (name, infno, input) => root.scene.ok(infno, input, { as: name }),
    render: (page) => render(<StoreProvider store={root.store}>{page}</StoreProvider>),
  }
}

export interface ZhangApp extends TestApp {
  /** 张建国's binding ids by member. */
  ids: ZhangFamilyIds
}

/** 张建国's family from the story (scenes.zhangFamily); logged in as 张建国, nothing sent yet. */
export async function zhangApp(): Promise<ZhangApp> {
  const app = createTestApp()
  const ids = await zhangFamily(app.scene)
  await app.loginAs('张建国')
  app.transport.forget()
  return { ...app, ids }
}

/** The logged-in citizen replaces the initial PIN 000000, as 修改支付密码 does. */
export async function changeInitialPin(app: TestApp, newPin = '258147'): Promise<void> {
  const premium = app.store.services.premium
  await premium.changePin({ old_pin: '000000', new_pin: newPin }, premium.newMsgid())
  await app.store.session.refresh()
  app.transport.forget()
}
