import type { KeyValueStore } from '../../src/backend/storage/key-value-store'
import { DEMO_NOW, TestClient } from '../support/backend-client'
import { addMember, bind, createFamily } from '../support/scenes'
import type { MiniApp, MiniPage } from './shared/mini-app'
import { pollUntil } from './shared/poll'
import { MockStorage, type StorageLimits } from './shared/storage'

/** The built-in backend's storage as the compiled app keeps it: every key under 'yb:'. */
export class PlatformStore implements KeyValueStore {
  constructor(private readonly storage: MockStorage) {}

  get(key: string): string | null {
    const value = this.storage.get(`yb:${key}`)
    return typeof value === 'string' ? value : null
  }

  set(key: string, value: string): void {
    this.storage.set(`yb:${key}`, value)
  }

  remove(key: string): void {
    this.storage.remove(`yb:${key}`)
  }

  keys(): string[] {
    return this.storage
      .keys()
      .filter((k) => k.startsWith('yb:'))
      .map((k) => k.slice(3))
  }
}

export const PREMIUM_PAGES = {
  premium: 'packages/family/premium/index',
  result: 'packages/family/premium-result/index',
  changePin: 'packages/family/change-pin/index',
}

/**
 * Writes into `storage`, through the very backend the app bundles, what 5301–5309 leave behind
 * for 张建国: his family with 张浩然 (子女), 王桂芝 (母亲, confirmed) and 张小满 (孙子女, waiting
 * for his father), the
 * backend's clock moved (9103) to the demo's "today", and 张建国 logged in. With `pin`, he has
 * already changed the initial PIN to it.
 */
export async function seedZhangFamily(
  storage: MockStorage,
  pin?: string,
): Promise<{ 张浩然: string; 王桂芝: string; 张小满: string }> {
  const client = new TestClient({ store: new PlatformStore(storage), clock: () => Date.now() })
  await client.ok('9103', { time: new Date(DEMO_NOW).toISOString() })
  await createFamily(client, '张建国')
  const ids = {
    张浩然: (await bind(client, '张建国', '张浩然', '子女')).binding_id,
    王桂芝: (await bind(client, '张建国', '王桂芝', '母亲')).binding_id,
    // F2: left waiting for his father, so the page shows a pending member and what to do.
    张小满: (await addMember(client, '张建国', '张小满', '孙子女')).binding.binding_id,
  }
  if (pin) await client.ok('5312', { old_pin: '000000', new_pin: pin }, { as: '张建国' })
  storage.set('app:session-token', await client.tokenFor('张建国'))
  return ids
}

export async function typePin(page: MiniPage, pin: string): Promise<void> {
  for (const digit of pin) await page.tap(`#pin-key-${digit}`)
}

/** Waits until the keypad draws `count` dots (pages render a tick after a tap). */
export async function waitForDots(page: MiniPage, count: number): Promise<void> {
  await pollUntil(
    () => page.texts('.pin-keypad__box--filled').length === count,
    () => `${page.texts('.pin-keypad__box--filled').length} dots, not ${count}`,
  )
}

export interface Platform {
  limits: StorageLimits
  launch(storage: MockStorage): Promise<MiniApp>
}

/** The 代缴医保 scenarios every compiled target must pass: the keypad and the result page. */
export function premiumScenarios(platform: Platform): void {
  async function openPremium(pin?: string) {
    const storage = new MockStorage(platform.limits)
    const ids = await seedZhangFamily(storage, pin)
    const app = await platform.launch(storage)
    const page = await app.open(PREMIUM_PAGES.premium)
    await page.waitFor('#payee-list')
    return { app, page, ids }
  }

  it('pays 2027年度 for 张浩然 with the keypad and shows the receipt', async () => {
    const { app, page, ids } = await openPremium('258147')
    expect(page.text('#premium-year')).toBe('2027年度')
    expect(page.text('#premium-standard')).toBe('¥400.00')
    expect(page.text('#premium-balance')).toBe('¥3,526.40')
    expect(page.text(`#payee-${ids.王桂芝}-reason`)).toBe(
      '该人员2027年度城乡居民医保已缴费，无需重复缴纳。',
    )
    expect(page.text(`#payee-${ids.张小满}-reason`)).toBe(
      '绑定申请正等待张小满的父母确认（在“共济绑定”的“待我确认”中同意，或到医保经办窗口办理），绑定生效后即可代缴。',
    )
    await page.tap(`#payee-${ids.张小满}`)
    expect(page.exists('#premium-selected')).toBe(false)
    await page.tap(`#payee-${ids.张浩然}`)
    await page.waitForText('#premium-selected', '为张浩然缴纳2027年度城乡居民医保')
    await page.tap('#confirm-pay')
    await page.waitFor('#pay-sheet')
    expect(page.text('#pay-sheet-title')).toBe('支付密码')

    await typePin(page, '25814')
    expect(page.text('#pin-dots')).toBe('')
    await waitForDots(page, 5)
    expect(page.text()).not.toContain('25814')
    await page.tap('#pin-key-delete')
    await waitForDots(page, 4)
    await typePin(page, '47')

    await page.waitForGone('#pay-sheet')
    expect(app.lastNavigation()).toMatchObject({ kind: 'redirectTo', path: PREMIUM_PAGES.result })
    const result = await app.follow()
    await result.waitForText('#result-title', '代缴成功')
    expect(result.text('#receipt-no')).toMatch(/^DJ20261123\d{6}$/)
    expect(result.text('#receipt-year')).toBe('2027年度')
    expect(result.text('#receipt-payee')).toBe('张浩然')
    expect(result.text('#receipt-amount')).toBe('¥400.00')
    expect(result.text('#receipt-time')).toMatch(/^2026-11-23 14:\d{2}$/)
    expect(result.text('#receipt-balance')).toBe('¥3,126.40')
    expect(app.logs).toEqual([])
    app.close()
  })

  it('keeps the keypad open after a wrong PIN, with the tries left', async () => {
    const { app, page, ids } = await openPremium('258147')
    await page.tap(`#payee-${ids.张浩然}`)
    await page.tap('#confirm-pay')
    await page.waitFor('#pay-sheet')
    await typePin(page, '111222')
    await page.waitForText('#pin-message', '支付密码错误，您还可尝试5次。')
    await waitForDots(page, 0)
    await page.tap('#pay-sheet-cancel')
    await page.waitForGone('#pay-sheet')
    expect(app.logs).toEqual([])
    app.close()
  })

  it('asks to change the initial PIN first and changes it on the keypad', async () => {
    const { app, page } = await openPremium()
    await page.waitForText('#pin-initial', '您仍在使用初始支付密码，请先修改后再支付。')
    await page.tap('#change-pin')
    expect(app.lastNavigation()).toMatchObject({
      kind: 'navigateTo',
      path: PREMIUM_PAGES.changePin,
    })
    const change = await app.follow()
    await change.waitFor('#pin-initial-hint')
    await typePin(change, '000000')
    await change.waitForText('#pin-step', '设置新密码')
    await typePin(change, '123456')
    await change.waitForText('#pin-message', '新密码过于简单，请勿使用相同、连续数字或生日。')
    await typePin(change, '258147')
    await change.waitForText('#pin-step', '确认新密码')
    await typePin(change, '258147')
    await change.waitFor('#pin-changed')
    expect(app.logs).toEqual([])
    app.close()
  })
}
