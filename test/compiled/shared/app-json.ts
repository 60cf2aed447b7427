import fs from 'node:fs'
import path from 'node:path'

interface SubPackage {
  root: string
  pages: string[]
}

export interface AppJson {
  pages: string[]
  subPackages?: SubPackage[]
  tabBar?: { list?: { pagePath: string }[]; items?: { pagePath: string }[] }
}

export function readAppJson(distRoot: string): AppJson {
  return JSON.parse(fs.readFileSync(path.join(distRoot, 'app.json'), 'utf8')) as AppJson
}

/** Main-package and subpackage pages, e.g. 'packages/family/hub/index'. */
export function allPages(app: AppJson): string[] {
  const sub = (app.subPackages ?? []).flatMap((pkg) =>
    pkg.pages.map((page) => `${pkg.root.replace(/\/$/, '')}/${page}`),
  )
  return [...app.pages, ...sub]
}

/** WeChat lists tabs under tabBar.list, Alipay under tabBar.items. */
export function tabPages(app: AppJson): string[] {
  const tabs = app.tabBar?.list ?? app.tabBar?.items ?? []
  return tabs.map((tab) => tab.pagePath)
}
