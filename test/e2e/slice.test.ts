import { loginAs, setupH5 } from './harness'

const h5 = setupH5()

describe('H5: log in, 我要办 → 家庭共济服务 → 共济查询', () => {
  it('shows 张建国 his balance, and keeps session and data across a reload', async () => {
    const app = await h5.launch()
    expect(app.route()).toBe('pages/service-hall/index')

    await loginAs(app, '张建国')
    expect(await app.text('#person-card')).toContain('职工')

    await app.tapTab('我要办')
    await app.waitForRoute('pages/service-hall/index')
    await app.tap('#entry-family')
    await app.waitForRoute('packages/family/hub/index')
    await app.tap('#entry-records')
    await app.waitForRoute('packages/family/records/index')
    expect(await app.waitForText('#balance-value', '¥3,526.40')).toBe('¥3,526.40')
    await app.screenshot('slice-records')

    await app.reload()
    expect(app.route()).toBe('packages/family/records/index')
    await app.waitForText('#balance-value', '¥3,526.40')
    const stored = await app.page.evaluate(() => Object.keys(localStorage))
    expect(stored).toEqual(expect.arrayContaining(['app:session-token']))
    expect(stored.some((key) => key.startsWith('yb:'))).toBe(true)
    expect(app.errors).toEqual([])
  })

  it('starts every test in a fresh context: nobody is logged in', async () => {
    const app = await h5.launch('packages/family/records/index')
    await app.waitFor('#login-required')
    expect(await app.page.evaluate(() => localStorage.getItem('app:session-token'))).toBeNull()
    await app.screenshot('records-logged-out')
  })
})
