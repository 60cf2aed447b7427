import { ENGINE_PROFILES } from '../shared/engine-profile'
import { loginAs, openRecordsFromServiceHall, PAGES } from '../shared/flows'
import { launchAlipay } from './harness'

describe('Alipay build: log in, 我要办 → 家庭共济服务 → 共济查询', () => {
  it('shows 张建国 his balance after logging in (a MobX reaction re-renders the page)', async () => {
    const app = await launchAlipay()
    const mine = await loginAs(app, '张建国')
    expect(app.toasts.map((t) => t.title)).toContain('已切换为张建国')
    expect(mine.text('#person-card')).toContain('职工')

    const records = await openRecordsFromServiceHall(app)
    expect(records.path).toBe(PAGES.records)
    await records.waitForText('#balance-value', '¥3,526.40')
    expect(app.logs).toEqual([])
    app.close()
  })

  it('re-renders 我的 from logged-out to logged-in without reopening it', async () => {
    const app = await launchAlipay()
    const mine = await app.open(PAGES.mine)
    await mine.waitFor('#logged-out')
    await mine.tap('#switch-persona')
    const personas = await app.follow()
    await personas.waitFor('#persona-张建国')
    await personas.tap('#persona-张建国')
    await app.follow()
    // Same page instance: only the session store changed, and MobX pushed a setData.
    expect(app.currentPage()).toBe(mine)
    await mine.waitFor('#person-card')
    expect(mine.exists('#logged-out')).toBe(false)
  })

  it('keeps the session across a relaunch', async () => {
    const first = await launchAlipay()
    await loginAs(first, '张建国')
    const again = await first.relaunch()
    const records = await again.open(PAGES.records)
    await records.waitForText('#balance-value', '¥3,526.40')
  })

  it('measures the largest setData per page', async () => {
    const app = await launchAlipay()
    await loginAs(app, '张建国')
    expect(app.largestSetData(PAGES.personas)).toBeGreaterThan(0)
    expect(app.setDataStats()[PAGES.mine]).toBeGreaterThan(0)
  })
})

describe.each(ENGINE_PROFILES)('Alipay build on the %s engine profile', (engine) => {
  it('launches and runs the slice (no globalThis, no eval / new Function)', async () => {
    const app = await launchAlipay({ engine })
    await loginAs(app, '张建国')
    const records = await openRecordsFromServiceHall(app)
    await records.waitForText('#balance-value', '¥3,526.40')
    expect(app.logs).toEqual([])
  })
})
