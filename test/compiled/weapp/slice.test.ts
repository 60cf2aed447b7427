/**
 * @jest-environment jsdom
 */
import { loginAs, openRecordsFromServiceHall, PAGES } from '../shared/flows'
import { launchWeapp } from './harness'

describe('WeChat build: log in, 我要办 → 家庭共济服务 → 共济查询', () => {
  it('shows 张建国 his balance after logging in through 切换测试身份', async () => {
    const app = await launchWeapp()
    const mine = await loginAs(app, '张建国')
    expect(mine.path).toBe(PAGES.mine)
    expect(app.toasts.map((t) => t.title)).toContain('已切换为张建国')
    expect(mine.text('#person-card')).toContain('职工')

    const records = await openRecordsFromServiceHall(app)
    expect(records.path).toBe(PAGES.records)
    expect(app.navigations.map((n) => [n.kind, n.path])).toEqual([
      ['navigateTo', PAGES.personas],
      ['navigateBack', ''],
      ['navigateTo', PAGES.familyHub],
      ['navigateTo', PAGES.records],
    ])
    await records.waitForText('#balance-value', '¥3,526.40')
    expect(records.text('#balance-card')).toContain('账户余额')
    expect(app.logs).toEqual([])
    app.close()
  })

  it('keeps the session across a relaunch (token in storage)', async () => {
    const first = await launchWeapp()
    await loginAs(first, '张建国')
    expect(first.storage.get('app:session-token')).toEqual(expect.any(String))
    expect(first.storage.keys().some((k) => k.startsWith('yb:'))).toBe(true)

    const again = await first.relaunch()
    const records = await again.open(PAGES.records)
    await records.waitForText('#balance-value', '¥3,526.40')
  })

  it('asks to log in on 共济查询 when nobody is logged in', async () => {
    const app = await launchWeapp()
    const records = await app.open(PAGES.records)
    await records.waitFor('#login-required')
    await records.tap('#go-login')
    expect(app.lastNavigation()).toMatchObject({ kind: 'switchTab', path: PAGES.mine })
    const mine = await app.follow()
    expect(mine.path).toBe(PAGES.mine)
  })

  it('records the largest setData payload per page', async () => {
    const app = await launchWeapp()
    await loginAs(app, '张建国')
    const stats = app.setDataStats()
    expect(Object.keys(stats)).toEqual(expect.arrayContaining([PAGES.mine, PAGES.personas]))
    expect(app.largestSetData(PAGES.personas)).toBeGreaterThan(0)
    expect(app.largestSetData()).toBe(Math.max(...Object.values(stats)))
  })
})
