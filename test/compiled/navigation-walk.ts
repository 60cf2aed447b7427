import { BINDING_PAGES } from './binding-family'
import { loginAs, PAGES } from './shared/flows'
import type { MiniApp } from './shared/mini-app'
import { MAX_PAGE_STACK } from './shared/mini-app'

const ROUND_TRIPS = 20

/**
 * 共济绑定 ↔ 常见问题 link to each other. Both clients cap the page stack at ten, so pushing on
 * every tap dead-ends after a few round trips; the app goes back to the page already open.
 */
export function navigationScenarios(launch: () => Promise<MiniApp>): void {
  it(`walks 共济绑定 ↔ 常见问题 ${ROUND_TRIPS} times without reaching the stack cap`, async () => {
    const app = await launch()
    await loginAs(app, '张建国')
    const hall = await app.open(PAGES.serviceHall)
    await hall.tap('#entry-family')
    const hub = await app.follow()
    await hub.tap('#entry-binding')
    let binding = await app.follow()
    expect(binding.path).toBe(BINDING_PAGES.binding)

    for (let trip = 0; trip < ROUND_TRIPS; trip += 1) {
      await binding.tap('#binding-faq')
      const faq = await app.follow()
      expect(faq.path).toBe(BINDING_PAGES.faq)
      await faq.tap('#faq-to-binding')
      binding = await app.follow()
      expect(binding.path).toBe(BINDING_PAGES.binding)
      expect(app.pageStack().length).toBeLessThan(MAX_PAGE_STACK)
    }
    expect(app.pageStack().map((page) => page.path)).toEqual([
      PAGES.serviceHall,
      PAGES.familyHub,
      BINDING_PAGES.binding,
    ])
    expect(app.logs).toEqual([])
  })
}
