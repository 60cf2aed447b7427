import type { MiniApp, MiniPage } from './mini-app'

export const PAGES = {
  serviceHall: 'pages/service-hall/index',
  mine: 'pages/mine/index',
  familyHub: 'packages/family/hub/index',
  records: 'packages/family/records/index',
  personas: 'packages/qa/personas/index',
} as const

/** Logs in through the UI: 我的 → 切换测试身份 → the person's row → back on 我的. */
export async function loginAs(app: MiniApp, name: string): Promise<MiniPage> {
  const mine = await app.open(PAGES.mine)
  await mine.waitFor('#switch-persona')
  await mine.tap('#switch-persona')
  const personas = await app.follow()
  await personas.waitFor(`#persona-${name}`)
  await personas.tap(`#persona-${name}`)
  const back = await app.follow()
  await back.waitFor('#person-card')
  return back
}

/** 我要办 → 家庭共济服务 → 共济查询, by taps; resolves on the records page. */
export async function openRecordsFromServiceHall(app: MiniApp): Promise<MiniPage> {
  const hall = await app.open(PAGES.serviceHall)
  await hall.waitFor('#entry-family')
  await hall.tap('#entry-family')
  const hub = await app.follow()
  await hub.waitFor('#entry-records')
  await hub.tap('#entry-records')
  return app.follow()
}
