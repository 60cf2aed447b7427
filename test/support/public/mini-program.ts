/**
 * The compiled-build harness as scripts may use it (the setData bench): launching the WeChat
 * build in the simulator, the shared flows and event helpers. Tests import the harness directly.
 */
export { loginAs } from '../../compiled/shared/flows'
export type { MiniApp, MiniPage } from '../../compiled/shared/mini-app'
export { fireEvent, styleOf } from '../../compiled/shared/page-events'

/** Loaded on demand: the simulator needs a DOM before its module is evaluated. */
export async function launchWeapp() {
  const harness = await import('../../compiled/weapp/harness')
  return harness.launchWeapp()
}
