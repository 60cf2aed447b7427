/**
 * `npm run a11y`: tours the H5 build (dist/h5) as 张建国 in normal mode and in 长辈模式 and prints,
 * per screen, axe violations by impact, targets under 44 px (60 px in 长辈模式), the share of text
 * under 16 / 18 px, and controls Tab never reaches. Exits 1 when any screen misses the bar.
 */
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { chromium } from 'playwright-core'

import {
  auditScreen,
  auditTable,
  type Mode,
  type ScreenAudit,
} from '../test/support/public/a11y-audit'
import { tour } from '../test/support/public/a11y-tour'
import { DEMO_NOW } from '../test/support/public/demo'
import { H5App } from '../test/support/public/h5'

const { createStaticServer } = require('./serve-static.js') as {
  createStaticServer: (root: string) => import('node:http').Server
}

const DIST = process.env.YB_DIST_DIR ?? path.join(__dirname, '..', 'dist', 'h5')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function fails(audit: ScreenAudit): boolean {
  return (
    audit.impacts.critical + audit.impacts.serious > 0 ||
    audit.smallTargets.length > 0 ||
    audit.under16 > 0 ||
    audit.unreachable.length > 0
  )
}

async function main(): Promise<void> {
  const server = createStaticServer(DIST)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  })
  const audits: ScreenAudit[] = []
  try {
    for (const mode of ['normal', 'elder'] as Mode[]) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 667 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      })
      const page = await context.newPage()
      await page.clock.setFixedTime(DEMO_NOW)
      const app = new H5App(page, baseUrl)
      await page.goto(`${baseUrl}/`)
      await page.evaluate(() => localStorage.clear())
      await tour(app, mode === 'elder', async (screen) => {
        audits.push(await auditScreen(page, screen, mode))
      })
      await context.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
  console.log(auditTable(audits))
  for (const audit of audits.filter(fails)) {
    console.log(`\n${audit.screen} (${audit.mode})`)
    for (const line of [...audit.serious, ...audit.smallTargets, ...audit.unreachable]) {
      console.log(`  ${line}`)
    }
  }
  process.exitCode = audits.some(fails) ? 1 : 0
}

void main()
