import { auditScreen, auditTable, type Mode, type ScreenAudit } from '../support/public/a11y-audit'
import { PAGES, tour } from '../support/public/a11y-tour'
import { type H5App, launchAtDemoNow, loginAs, setupH5 } from './harness'

// Budgets per test, generous for a loaded 2-core machine: a tour of every screen with axe and a
// Tab walk on each takes about a minute and a half per mode alone; the stories under a minute.
const AUDIT_BUDGET_MS = 900_000
const STORY_BUDGET_MS = 300_000

const h5 = setupH5()

function misses(audit: ScreenAudit): string[] {
  return [
    ...audit.serious,
    ...audit.smallTargets.map((t) => `small target ${t}`),
    ...(audit.under16 > 0 ? [`${audit.under16} characters under 16 px`] : []),
    ...audit.unreachable.map((c) => `unreachable ${c}`),
  ].map((line) => `${audit.screen} (${audit.mode}): ${line}`)
}

describe.each(['normal', 'elder'] as Mode[])('H5 accessibility, %s mode', (mode) => {
  it(
    'every page, dialog and sheet: no serious axe violation, small target, small text or unreachable control',
    async () => {
      const app = await launchAtDemoNow(h5)
      const audits: ScreenAudit[] = []
      await tour(app, mode === 'elder', async (screen) => {
        audits.push(await auditScreen(app.page, screen, mode))
      })
      expect(audits.length).toBeGreaterThanOrEqual(25)
      const problems = audits.flatMap(misses)
      if (problems.length) console.log(auditTable(audits))
      expect(problems).toEqual([])
      expect(app.errors).toEqual([])
    },
    AUDIT_BUDGET_MS,
  )
})

/** Tabs until focus is on (or inside) `selector` in the page on top, then presses `key`. */
async function tabTo(app: H5App, selector: string, key = 'Enter'): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await app.page.keyboard.press('Tab')
    const there = await app.page.evaluate(
      ({ sel, route }) => {
        const active = document.activeElement
        const pageId = active?.closest('.taro_page')?.id ?? ''
        const onTop = pageId === `/${route}` || pageId.startsWith(`/${route}?`)
        return onTop && !!active?.closest(sel)
      },
      { sel: selector, route: app.route() },
    )
    if (there) {
      if (key) await app.page.keyboard.press(key)
      return
    }
  }
  throw new Error(`Tab never reached ${selector} on ${app.route()}`)
}

async function typePin(app: H5App, pin: string): Promise<void> {
  for (const digit of pin) await app.tap(`#pin-key-${digit}`)
}

async function typeDigits(app: H5App, digits: string): Promise<void> {
  for (const digit of digits) await app.page.keyboard.press(digit)
}

describe('H5 keyboard only', () => {
  it(
    '张建国 creates his family, adds 张浩然 and pays his premium with Tab, Enter and digits',
    async () => {
      const app = await launchAtDemoNow(h5)
      await loginAs(app, '张建国')
      await app.goto(PAGES.serviceHall)
      await tabTo(app, '#entry-family')
      await app.waitForRoute(PAGES.hub)
      await tabTo(app, '#entry-binding')
      await app.waitForRoute(PAGES.binding)
      await tabTo(app, '#create-family')
      await app.waitFor('#pledge')
      await tabTo(app, '#pledge-agree', ' ')
      expect(await app.current().locator('#pledge-agree').getAttribute('aria-checked')).toBe('true')
      await tabTo(app, '#confirm-create')
      await app.waitFor('#add-member')

      await tabTo(app, '#add-member')
      await app.waitForRoute(PAGES.addMember)
      await tabTo(app, '#member-name', '')
      await app.page.keyboard.type('张浩然')
      await tabTo(app, '#member-certno', '')
      await app.page.keyboard.type('41010520140520017X')
      await tabTo(app, '#relation-child')
      expect(await app.current().locator('#relation-child').getAttribute('aria-checked')).toBe(
        'true',
      )
      await tabTo(app, '#submit-binding')
      await app.waitFor('#add-result')
      await tabTo(app, '#back-to-family')
      await app.waitForRoute(PAGES.binding)
      await app.waitForText('#family', '张浩然')

      // Back on 家庭共济服务 (opened again from its entry), on to 代缴医保. The initial PIN must be
      // changed before paying: the notice's button, 000000, then the new one twice, 完成.
      await app.goto(PAGES.hub)
      await tabTo(app, '#entry-premium')
      await app.waitForRoute(PAGES.premium)
      await tabTo(app, '#change-pin')
      await app.waitForRoute(PAGES.changePin)
      await app.waitFor('#pin-keypad')
      await typeDigits(app, '000000')
      await app.waitForText('#pin-step', '设置新密码')
      await typeDigits(app, '258147')
      await app.waitForText('#pin-step', '确认新密码')
      await typeDigits(app, '258147')
      await app.waitFor('#pin-changed')
      await tabTo(app, '#pin-changed-done')
      await app.waitForRoute(PAGES.premium)
      await app.waitFor('#payee-list')
      const payee = app.current().locator('.payee', { hasText: '张浩然' })
      const payeeId = await payee.getAttribute('id')
      await tabTo(app, `#${payeeId}`)
      await app.waitFor('#premium-selected')
      await tabTo(app, '#confirm-pay')
      await app.waitFor('#pay-sheet')
      await typeDigits(app, '258')
      expect(await app.text('#pin-progress')).toBe('已输入3位，共6位')
      await app.page.keyboard.press('Backspace')
      expect(await app.text('#pin-progress')).toBe('已输入2位，共6位')
      await typeDigits(app, '8147')
      await app.waitForRoute(PAGES.result)
      expect(await app.waitForText('#result-title', '代缴成功')).toBe('代缴成功')
      expect(app.errors).toEqual([])
    },
    STORY_BUDGET_MS,
  )
})

interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/** Scrolls `selector` into view and tells whether it is then fully on screen and not covered. */
async function reachable(app: H5App, selector: string): Promise<boolean> {
  const element = app.current().locator(selector).first()
  await element.scrollIntoViewIfNeeded({ timeout: 10_000 })
  return element.evaluate((el) => {
    // Chromium's standard CSS zoom reports rects in viewport px, like the window's size.
    const rect = el.getBoundingClientRect()
    if (rect.top < -0.5 || rect.left < -0.5 || rect.bottom > window.innerHeight + 0.5) return false
    if (rect.right > window.innerWidth + 0.5) return false
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
    return !!hit && (el === hit || el.contains(hit) || hit.contains(el))
  })
}

async function rowBoxes(app: H5App): Promise<Box[]> {
  return app
    .current()
    .locator('.virtual-list__row:visible')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const rect = row.getBoundingClientRect()
        // Content taller than its row is clipped (rows hide overflow).
        const content = row.firstElementChild?.getBoundingClientRect()
        return {
          top: rect.top,
          bottom: rect.bottom,
          left: rect.left,
          right: content && content.height > rect.height + 0.5 ? -1 : rect.right,
        }
      }),
    )
}

// At 375 px wide Taro's H5 root font is 20 px (40 design px a rem at designWidth 750).
const ENLARGEMENTS = [
  {
    name: '200 % zoom',
    apply: "document.documentElement.style.zoom = '2'",
    inEffect: "getComputedStyle(document.documentElement).zoom === '2'",
  },
  {
    name: '1.5× root font',
    apply:
      'document.documentElement.style.setProperty("font-size", (parseFloat(getComputedStyle(document.documentElement).fontSize) * 1.5) + "px", "important")',
    inEffect: 'parseFloat(getComputedStyle(document.documentElement).fontSize) === 30',
  },
]

describe.each(ENLARGEMENTS)('H5 layout at $name', ({ apply, inEffect }) => {
  it(
    'pay sheet, 共济查询 and 添加成员: nothing clipped, overlapping or off-screen',
    async () => {
      const app = await launchAtDemoNow(h5)
      await loginAs(app, '张建国')
      await app.goto(PAGES.binding)
      await app.tap('#create-family')
      await app.tap('#pledge-agree')
      await app.tap('#confirm-create')
      await app.waitFor('#add-member')

      await app.tap('#add-member')
      await app.waitForRoute(PAGES.addMember)
      // Once: the app navigates within one document, so the enlargement stays from here on.
      await app.page.evaluate(apply)
      for (const selector of [
        '#member-name',
        '#member-certno',
        '#relation-child',
        '#submit-binding',
      ]) {
        expect({ selector, reachable: await reachable(app, selector) }).toEqual({
          selector,
          reachable: true,
        })
      }
      await app.fill('#member-name', '张浩然')
      await app.fill('#member-certno', '41010520140520017X')
      await app.tap('#relation-child')
      await app.tap('#submit-binding')
      await app.waitFor('#add-result')

      await app.goto(PAGES.changePin)
      await app.waitFor('#pin-keypad')
      await typePin(app, '000000')
      await app.waitForText('#pin-step', '设置新密码')
      await typePin(app, '258147')
      await app.waitForText('#pin-step', '确认新密码')
      await typePin(app, '258147')
      await app.waitFor('#pin-changed')

      await app.goto(PAGES.premium)
      await app.waitFor('#payee-list')
      await app.current().locator('.payee', { hasText: '张浩然' }).click()
      await app.tap('#confirm-pay')
      await app.waitFor('#pay-sheet')
      for (const selector of [
        '#pay-sheet-cancel',
        '#pay-sheet-title',
        '#pay-sheet-amount',
        '#pin-key-1',
        '#pin-key-0',
      ]) {
        expect({ selector, reachable: await reachable(app, selector) }).toEqual({
          selector,
          reachable: true,
        })
      }

      await app.goto(PAGES.records)
      await app.waitFor('.record-row')
      await app.tap('#filter-kind')
      await app.waitFor('#panel-kind')
      await app.current().locator('.records__body').scrollIntoViewIfNeeded()
      for (const selector of ['#tab-consumption', '#filter-kind', '#kind-all']) {
        expect({ selector, reachable: await reachable(app, selector) }).toEqual({
          selector,
          reachable: true,
        })
      }
      const listHeight = await app
        .current()
        .locator('.virtual-list')
        .first()
        .evaluate((list) => list.getBoundingClientRect().height)
      expect(listHeight).toBeGreaterThanOrEqual(100)
      const rows = await rowBoxes(app)
      expect(rows.length).toBeGreaterThan(1)
      for (let i = 1; i < rows.length; i += 1) {
        expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].bottom - 0.5)
      }
      expect(rows.filter((row) => row.right < 0)).toEqual([])
      expect(await app.page.evaluate(inEffect)).toBe(true)
      expect(app.errors).toEqual([])
    },
    STORY_BUDGET_MS,
  )
})
