import fs from 'node:fs'
import path from 'node:path'

import { distSnapshot, PROJECT_ROOT } from './shared/dist-snapshot'

interface JsonFile {
  [key: string]: unknown
  style?: string
  lazyCodeLoading?: string
  sitemapLocation?: string
  rules?: unknown
  libVersion?: string
  appid?: string
  window?: { navigationBarFrontColor?: string; titleBarColor?: string }
  compileOptions?: { component2?: boolean }
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as JsonFile

/** The devtools-facing files of both outputs, linted for what each platform documents. */
describe('WeChat app.json and project files', () => {
  const root = distSnapshot('weapp')
  const appJson = readJson(path.join(root, 'app.json'))

  it('uses the v2 component style and injects components on demand', () => {
    expect(appJson.style).toBe('v2')
    expect(appJson.lazyCodeLoading).toBe('requiredComponents')
  })

  it('ships sitemap.json where only 我要办 is indexable', () => {
    expect(appJson.sitemapLocation).toBe('sitemap.json')
    const sitemap = readJson(path.join(root, String(appJson.sitemapLocation)))
    expect(sitemap.rules).toEqual([
      { action: 'allow', page: 'pages/service-hall/index' },
      { action: 'disallow', page: '*' },
    ])
  })

  it('pins a current base library and keeps the tourist AppID', () => {
    const project = readJson(path.join(PROJECT_ROOT, 'project.config.json'))
    const [major] = String(project.libVersion).split('.').map(Number)
    expect(project.libVersion).toMatch(/^\d+\.\d+\.\d+$/)
    expect(major).toBeGreaterThanOrEqual(3)
    expect(project.appid).toBe('touristappid')
  })
})

describe('Alipay app.json and project files', () => {
  const root = distSnapshot('alipay')
  const appJson = readJson(path.join(root, 'app.json'))

  it('sets the title text colour the way Alipay reads it', () => {
    expect(['white', 'black']).toContain(appJson.window?.navigationBarFrontColor)
    expect(appJson.window?.titleBarColor).toBe('#0a5bd6')
  })

  it('carries none of WeChat’s keys', () => {
    for (const key of ['style', 'lazyCodeLoading', 'sitemapLocation']) {
      expect([key, key in appJson]).toEqual([key, false])
    }
  })

  it('keeps component2 in the Alipay project file', () => {
    const project = readJson(path.join(PROJECT_ROOT, 'project.alipay.json'))
    expect(project.compileOptions?.component2).toBe(true)
  })
})
