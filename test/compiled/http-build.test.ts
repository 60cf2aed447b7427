/**
 * @jest-environment jsdom
 */
import fs from 'node:fs'
import path from 'node:path'

import { distSnapshot, type Target } from './shared/dist-snapshot'
import { PAGES } from './shared/flows'
import { launchWeapp } from './weapp/harness'

/**
 * The real-backend WeChat build (`npm run build:variants` → dist/weapp-http: TARO_APP_API_BASE
 * set, TARO_APP_QA unset) against the default build (dist/weapp): the first must hold neither the
 * built-in backend nor the QA tools, the second both, so a marker that stopped matching anything
 * would fail here rather than pass for the wrong reason.
 */

/** Strings only the built-in backend has; they survive minification as string literals. */
const BACKEND_MARKERS = [
  '个人账户月度划入', // seed: the monthly 划入 summary
  'pbkdf2-sha256', // PIN hashing
  '__journal__', // the in-app store's rollback journal
  'psn:', // storage keys
  'msg:',
  'yb:', // the built-in backend's storage prefix
]

/**
 * The QA entries' and pages' texts and the infnos only the QA client sends. 测试工具 as a whole
 * literal: the error catalogue's E_STORAGE_CORRUPT message names it inside a sentence.
 */
const QA_MARKERS = ['切换测试身份', '"测试工具"', '模拟就医结算', '"9103"', '"9105"', '"2207"']

interface Bundle {
  root: string
  appJson: { subPackages?: { root: string }[] }
  /** Every file's text, `\uXXXX` escapes decoded (the minifier writes Chinese that way). */
  text: string
  /** Bytes outside the subpackage folders. */
  mainPackageBytes: number
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

function readBundle(target: Target): Bundle {
  const root = distSnapshot(target)
  const appJson = JSON.parse(
    fs.readFileSync(path.join(root, 'app.json'), 'utf8'),
  ) as Bundle['appJson']
  const subRoots = (appJson.subPackages ?? []).map((p) => path.join(root, p.root) + path.sep)
  const files = filesUnder(root)
  const text = files
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  const mainPackageBytes = files
    .filter((file) => !subRoots.some((sub) => file.startsWith(sub)))
    .reduce((sum, file) => sum + fs.statSync(file).size, 0)
  return { root, appJson, text, mainPackageBytes }
}

describe('WeChat real-backend build (dist/weapp-http)', () => {
  const builtIn = readBundle('weapp')
  const http = readBundle('weapp-http')

  it('the default build holds the built-in backend and the QA tools (the markers match)', () => {
    for (const marker of [...BACKEND_MARKERS, ...QA_MARKERS]) {
      expect([marker, builtIn.text.includes(marker)]).toEqual([marker, true])
    }
    expect(builtIn.appJson.subPackages?.map((p) => p.root)).toContain('packages/qa')
  })

  it('holds none of the built-in backend', () => {
    for (const marker of BACKEND_MARKERS) {
      expect([marker, http.text.includes(marker)]).toEqual([marker, false])
    }
  })

  it('has no QA pages and none of their strings or transactions', () => {
    expect(http.appJson.subPackages?.map((p) => p.root)).toEqual(['packages/family'])
    expect(fs.existsSync(path.join(http.root, 'packages/qa'))).toBe(false)
    for (const marker of QA_MARKERS) {
      expect([marker, http.text.includes(marker)]).toEqual([marker, false])
    }
  })

  it('posts to the base URL it was built with and has a smaller main package', () => {
    expect(http.text).toContain('http://127.0.0.1:8787')
    expect(builtIn.text).not.toContain('http://127.0.0.1:8787')
    expect(http.mainPackageBytes).toBeLessThan(builtIn.mainPackageBytes - 50_000)
  })

  it('on 我的 says where to log in instead of offering 登录 or the QA entries', async () => {
    const app = await launchWeapp({ target: 'weapp-http' })
    const mine = await app.open(PAGES.mine)
    await mine.waitFor('#logged-out')
    expect(mine.text('#login-note')).toBe(
      '请在正式版河南医保小程序中登录，登录通过微信或支付宝授权完成。',
    )
    for (const absent of ['#login', '#switch-persona', '#qa-tools']) {
      expect([absent, mine.exists(absent)]).toEqual([absent, false])
    }

    const records = await app.open(PAGES.records)
    await records.waitFor('#login-required')
    await records.tap('#go-login')
    const back = await app.follow()
    expect(back.path).toBe(PAGES.mine)
    await back.waitFor('#login-note')
    expect(app.storage.keys().filter((key) => key.startsWith('yb:'))).toEqual([])
    expect(app.logs).toEqual([])
  })

  it('the default build still offers 登录 through 切换测试身份', async () => {
    const app = await launchWeapp()
    const mine = await app.open(PAGES.mine)
    await mine.waitFor('#login')
    expect(mine.exists('#switch-persona')).toBe(true)
    expect(mine.exists('#login-note')).toBe(false)
  })
})
