import fs from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'

import { distSnapshot, PROJECT_ROOT } from '../compiled/shared/dist-snapshot'
import { DEMO_NOW } from '../support/public/demo'

const { createStaticServer } = require('../../scripts/serve-static.js') as {
  createStaticServer: (root: string) => Server
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test/e2e/artifacts')
const WAIT_MS = 10_000

/** The Taro H5 page element for a route ('pages/mine/index'); its id is '/route?stamp=…'. */
function pageSelector(route: string): string {
  return `.taro_page[id="/${route}"], .taro_page[id^="/${route}?"]`
}

/** Route from the hash router's URL: '#/packages/family/hub/index?x=1' → 'packages/…/index'. */
function routeOf(url: string): string {
  return new URL(url).hash.replace(/^#\/?/, '').split('?')[0]
}

/**
 * One H5 app in a fresh browser context (its own localStorage): 375×667 at 2×, like a phone.
 * Reads and taps are scoped to the page on top, so a hidden page underneath never answers.
 */
export class H5App {
  /** Uncaught page errors and console.error output. */
  readonly errors: string[] = []

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    page.on('pageerror', (error) => this.errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text())
    })
  }

  route(): string {
    return routeOf(this.page.url())
  }

  /** The page on top of the stack. */
  current(): Locator {
    return this.page.locator(pageSelector(this.route())).last()
  }

  /** Opens a route by URL (a deep link) and waits until it settled. */
  async goto(route: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/${route}`)
    await this.waitForRoute(route)
  }

  /** Waits until `route` is on top, its slide-in finished (.taro_page_stationed) and visible. */
  async waitForRoute(route: string): Promise<void> {
    await this.page.waitForFunction(
      ({ expected, selector }) => {
        const hash = window.location.hash.replace(/^#\/?/, '').split('?')[0]
        if (hash !== expected) return false
        const pages = Array.from(document.querySelectorAll<HTMLElement>(selector))
        const top = pages[pages.length - 1]
        return (
          !!top &&
          top.classList.contains('taro_page_stationed') &&
          !top.classList.contains('taro_page_shade') &&
          getComputedStyle(top).display !== 'none'
        )
      },
      { expected: route, selector: pageSelector(route) },
      { timeout: WAIT_MS, polling: 'raf' },
    )
  }

  async tap(selector: string): Promise<void> {
    await this.current().locator(selector).first().click({ timeout: WAIT_MS })
  }

  /** Taps a tab bar item by its label ("我要办", "我的"). */
  async tapTab(label: string): Promise<void> {
    await this.page.locator('.weui-tabbar__item', { hasText: label }).click({ timeout: WAIT_MS })
  }

  async fill(selector: string, value: string): Promise<void> {
    // Taro's H5 Input (<taro-input-core>) renders an inner <input> once the custom element has
    // hydrated; counting inner inputs before that would fill the host element and fail.
    const field = this.current().locator(selector).first()
    const tag = await field.evaluate((element) => element.tagName.toLowerCase(), undefined, {
      timeout: WAIT_MS,
    })
    const target = tag.startsWith('taro-') ? field.locator('input, textarea').first() : field
    await target.fill(value, { timeout: WAIT_MS })
  }

  async waitFor(selector: string): Promise<void> {
    await this.current().locator(selector).first().waitFor({ timeout: WAIT_MS })
  }

  async text(selector: string): Promise<string> {
    return (await this.current().locator(selector).first().textContent({ timeout: WAIT_MS })) ?? ''
  }

  /** Waits until the element's text contains `expected` (or matches it); returns the text. */
  async waitForText(selector: string, expected: string | RegExp): Promise<string> {
    const locator = this.current().locator(selector).first()
    await locator.filter({ hasText: expected }).waitFor({ timeout: WAIT_MS })
    return (await locator.textContent()) ?? ''
  }

  /** A relaunch: the document reloads, localStorage (session, backend data) stays. */
  async reload(): Promise<void> {
    const route = this.route()
    await this.page.reload()
    await this.waitForRoute(route)
  }

  /** Saves test/e2e/artifacts/<name>.png (git-ignored). */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    const file = path.join(ARTIFACTS, `${name}.png`)
    await this.page.screenshot({ path: file })
    return file
  }
}

export interface H5Session {
  /** A fresh context (empty storage) on `route`, default the first page (我要办). */
  launch(route?: string): Promise<H5App>
  /** The static server's origin (set once the file's beforeAll ran): a mock server must allow it. */
  origin(): string
}

/**
 * Registers the file's hooks: one static server on a free 127.0.0.1 port over a snapshot of
 * dist/h5 (or the HTTP build dist/h5-http), one Chromium for the file, a new context per launch,
 * contexts closed after each test.
 */
export function setupH5(target: 'h5' | 'h5-http' = 'h5'): H5Session {
  let server: Server | null = null
  let browser: Browser | null = null
  let baseUrl = ''
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    server = createStaticServer(distSnapshot(target))
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
  })

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      // Chromium's keep-alive sockets would hold close() open after the last test.
      server?.closeAllConnections()
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    }
  })

  return {
    origin: () => baseUrl,
    async launch(route?: string) {
      if (!browser) throw new Error('setupH5() must be called at the top of the test file')
      const context = await browser.newContext({
        viewport: { width: 375, height: 667 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      })
      contexts.push(context)
      const app = new H5App(await context.newPage(), baseUrl)
      await app.page.goto(`${baseUrl}/${route ? `#/${route}` : ''}`)
      // Without a route the hash router lands on the first page and writes it into the URL.
      await app.page.waitForFunction(() => window.location.hash.length > 2, null, {
        timeout: WAIT_MS,
      })
      await app.waitForRoute(route ?? app.route())
      return app
    },
  }
}

/** Logs in through the UI: tab 我的 → 切换测试身份 → the person's row → back on 我的. */
export async function loginAs(app: H5App, name: string): Promise<void> {
  if (app.route() !== 'pages/mine/index') {
    await app.tapTab('我的')
    await app.waitForRoute('pages/mine/index')
  }
  await app.tap('#switch-persona')
  await app.waitForRoute('packages/qa/personas/index')
  await app.tap(`#persona-${name}`)
  await app.waitForRoute('pages/mine/index')
  await app.waitFor('#person-card')
}

/**
 * A fresh app whose browser clock stands still at the demo's "today" (inside the 2027年度
 * collection period, whatever the real date is), with empty storage so the backend seeds then.
 */
export async function launchAtDemoNow(h5: H5Session): Promise<H5App> {
  const app = await h5.launch()
  await app.page.clock.setFixedTime(DEMO_NOW)
  await app.page.evaluate(() => localStorage.clear())
  await app.goto('pages/service-hall/index')
  return app
}
