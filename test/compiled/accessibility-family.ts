import { loginAs, PAGES } from './shared/flows'
import type { MiniApp, MiniPage, PageHandle } from './shared/mini-app'
import type { TaroNode } from './shared/taro-tree'
import { findAll } from './shared/taro-tree'

interface LaunchOptions {
  /** What getSystemInfoSync reports beyond the harness's defaults. */
  systemInfo?: Record<string, unknown>
}

export interface AccessibilityPlatform {
  launch: (options?: LaunchOptions) => Promise<MiniApp>
  /** The compiled app's style sheet (app.wxss / app.acss). */
  appStyles: () => string
}

/** Taro's page data; both harnesses hand out their PageHandle, which has the page instance. */
function pageRoot(page: MiniPage): TaroNode | undefined {
  const handle = page as MiniPage & Partial<PageHandle>
  return (handle.instance as { data: { root?: TaroNode } } | undefined)?.data.root
}

/** Every string value Taro put in page data for the first node matching `selector`. */
function nodeValues(page: MiniPage, selector: string): string[] {
  const node = findAll(pageRoot(page), selector)[0]
  if (!node) throw new Error(`no ${selector} in ${page.path}`)
  return Object.values(node).filter((value): value is string => typeof value === 'string')
}

/**
 * What the page shows or announces: text and attribute values, without node ids. The page's own
 * id carries Taro's launch timestamp, whose digits must not count as something the page shows.
 */
function shownValues(page: MiniPage): string {
  return JSON.stringify(pageRoot(page), (key, value: unknown) =>
    key === 'uid' ? undefined : value,
  )
}

/**
 * A launch compiles every template; two launches and a relaunch on a loaded 2-core machine with
 * two jest workers have taken over a minute.
 */
const LAUNCH_BUDGET_MS = 240_000

/** 长辈模式 and the keypad's labels, checked on the compiled mini-program. */
export function accessibilityScenarios(platform: AccessibilityPlatform): void {
  it(
    '长辈模式: the switch changes the page class, shows the three tiles and is remembered',
    async () => {
      const app = await platform.launch()
      const hall = await app.open(PAGES.serviceHall)
      await hall.waitFor('#elder-mode')
      expect(hall.exists('.page.mode-normal')).toBe(true)
      expect(hall.exists('#elder-tiles')).toBe(false)
      await hall.tap('#elder-mode')
      await hall.waitFor('.page.mode-elder')
      expect(hall.texts('#elder-tiles .service-hall__tile-label')).toEqual([
        '给家人绑定',
        '给家人交医保',
        '查共济记录',
      ])
      const again = await app.relaunch()
      const mine = await again.open(PAGES.mine)
      await mine.waitFor('.page.mode-elder')
      expect(again.logs).toEqual([])
    },
    LAUNCH_BUDGET_MS,
  )

  it(
    '长辈模式 turns on by itself when the system font is large',
    async () => {
      const app = await platform.launch({ systemInfo: { fontSizeSetting: 24 } })
      const hall = await app.open(PAGES.serviceHall)
      await hall.waitFor('.page.mode-elder')
      const standard = await platform.launch({ systemInfo: { fontSizeSetting: 17 } })
      const normal = await standard.open(PAGES.serviceHall)
      await normal.waitFor('.page.mode-normal')
    },
    LAUNCH_BUDGET_MS,
  )

  it('the style sheet switches type and targets with the mode (750 design px)', () => {
    const styles = platform.appStyles().replace(/\s+/g, '')
    const elder = /\.mode-elder\{([^}]*)\}/.exec(styles)?.[1] ?? ''
    expect(elder).toContain('--font-body:36rpx')
    expect(elder).toContain('--font-title:44rpx')
    expect(elder).toContain('--font-amount:48rpx')
    expect(elder).toContain('--target:120rpx')
    expect(styles).toMatch(/\.mode-normal[,{][^}]*--target:88rpx/)
  })

  it(
    'the keypad keys reach the page with their labels and role, and no digit typed does',
    async () => {
      const app = await platform.launch()
      await loginAs(app, '张建国')
      const page = await app.open('packages/family/change-pin/index')
      await page.waitFor('#pin-key-1')
      expect(nodeValues(page, '#pin-key-1')).toEqual(expect.arrayContaining(['数字1', 'button']))
      expect(nodeValues(page, '#pin-key-delete')).toContain('删除一位')
      await page.tap('#pin-key-2')
      await page.tap('#pin-key-5')
      await page.waitForText('#pin-progress', '已输入2位，共6位')
      expect(nodeValues(page, '#pin-progress')).toContain('polite')
      expect(shownValues(page)).toContain('已输入2位')
      expect(shownValues(page)).not.toContain('25')
      expect(app.logs).toEqual([])
    },
    LAUNCH_BUDGET_MS,
  )
}
