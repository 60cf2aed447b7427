import path from 'node:path'

import { type PollOptions, pollUntil, settle } from './poll'
import type { MockStorage } from './storage'

/** Pages a client keeps on its stack at most (docs/testing.md, "Engine models"). */
export const MAX_PAGE_STACK = 10

export type Query = Record<string, string>

export type NavigationKind = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'

/** One navigation call the app made (wx.navigateTo, my.switchTab, …). */
export interface Navigation {
  kind: NavigationKind
  /** As the app passed it; empty for navigateBack. */
  url: string
  /** Page path without the leading slash, e.g. 'packages/family/hub/index'. */
  path: string
  query: Query
  delta: number
  /** Set when the platform would refuse it (unknown page, navigateTo a tab page, …). */
  error?: string
}

export interface Toast {
  title: string
  icon?: string
}

export interface Modal {
  title: string
  content: string
  confirmed: boolean
}

/** A rendered page of the compiled app. Selectors: `#id` (the JSX id) or `.class`. */
export interface MiniPage {
  readonly path: string
  readonly query: Query
  exists(selector: string): boolean
  /** Text of the first match, or of the whole page without a selector. */
  text(selector?: string): string
  /** Text of every match, in document order. */
  texts(selector: string): string[]
  tap(selector: string): Promise<void>
  input(selector: string, value: string): Promise<void>
  waitFor(selector: string, options?: PollOptions): Promise<void>
  waitForGone(selector: string, options?: PollOptions): Promise<void>
  /** Waits until the text contains `expected` (or matches it); returns the text. */
  waitForText(selector: string, expected: string | RegExp, options?: PollOptions): Promise<string>
  /** Byte size (UTF-8 JSON) of every setData payload this page sent, in order. */
  readonly setDataSizes: readonly number[]
  readonly largestSetData: number
}

/** What a platform harness implements per page; the lifecycle is driven by MiniApp. */
export interface PageHandle extends MiniPage {
  /** The platform page instance, as getCurrentPages() returns it. */
  readonly instance: object
  /** Runs onLoad(query), onShow and onReady and resolves once the page rendered. */
  load(): Promise<void>
  show(): void
  hide(): void
  unload(): void
}

export interface PlatformDriver {
  /** Every page in app.json, subpackages included, without leading slash. */
  readonly pages: readonly string[]
  readonly tabPages: readonly string[]
  /** Creates the page instance; MiniApp puts it on the stack before calling load(). */
  create(pagePath: string, query: Query): PageHandle
}

/** What a system date picker was opened with (yyyy-MM-dd) and what the citizen chose. */
export interface DatePickerRequest {
  currentDate?: string
  startDate?: string
  endDate?: string
  chosen?: string | null
}

/** Mutable hooks the platform API stubs (wx / my) report into. */
export interface AppEvents {
  navigate(kind: NavigationKind, url: string, delta?: number): Navigation
  toast(toast: Toast): void
  modal(title: string, content: string): boolean
  /** A system date picker opened (Alipay my.datePicker): the date chosen, or null if cancelled. */
  pickDate(request: DatePickerRequest): string | null
  log(level: 'error' | 'warn', args: unknown[]): void
}

export function parseUrl(url: string, from?: string): { path: string; query: Query } {
  const [rawPath, search = ''] = url.split('?')
  const resolved = rawPath.startsWith('/')
    ? rawPath.slice(1)
    : path.posix.join(path.posix.dirname(from ?? ''), rawPath)
  const query: Query = {}
  for (const part of search.split('&')) {
    if (!part) continue
    const [key, value = ''] = part.split('=')
    query[decodeURIComponent(key)] = decodeURIComponent(value)
  }
  return { path: resolved, query }
}

function describeError(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message
  if (typeof value === 'object' && value !== null && 'message' in value) {
    return String((value as { message: unknown }).message)
  }
  return String(value)
}

const openApps = new Set<MiniApp>()

// Apps a test left open are closed after its file (hooks register while the file imports us).
if (typeof afterAll === 'function') {
  afterAll(() => openApps.forEach((app) => app.close()))
}

/**
 * A launched compiled app: the page stack, recorded navigations, toasts and modals, storage.
 * Navigation calls are recorded, not performed: a test follows them with `follow()`, which
 * mounts, shows, hides and unloads pages the way the client would.
 */
export class MiniApp implements AppEvents {
  readonly navigations: Navigation[] = []
  readonly toasts: Toast[] = []
  readonly modals: Modal[] = []
  /** console.error / console.warn output of the app, newest last. */
  readonly logs: string[] = []
  readonly datePickers: DatePickerRequest[] = []
  /** The dates the citizen picks in the next system date pickers, in order; none left: 取消. */
  readonly datesToPick: string[] = []
  /** How the next showModal is answered; tests may flip it. */
  confirmModals: boolean

  private driver: PlatformDriver | null = null
  private readonly stack: PageHandle[] = []
  private readonly tabs = new Map<string, PageHandle>()
  private readonly mounted: PageHandle[] = []
  private followed = 0
  private readonly closers: (() => void)[] = []
  private closed = false

  constructor(
    readonly storage: MockStorage,
    private readonly relauncher: (storage: MockStorage) => Promise<MiniApp>,
    confirmModals = true,
  ) {
    this.confirmModals = confirmModals
    openApps.add(this)
  }

  /** Platform clean-up (pending timers, …) run by close(). */
  onClose(closer: () => void): void {
    this.closers.push(closer)
  }

  attach(driver: PlatformDriver): void {
    this.driver = driver
  }

  private get platform(): PlatformDriver {
    if (!this.driver) throw new Error('app not launched')
    return this.driver
  }

  // ---- AppEvents (called by the platform API stubs) ----

  navigate(kind: NavigationKind, url: string, delta = 1): Navigation {
    const from = this.stack[this.stack.length - 1]?.path
    const { path: pagePath, query } =
      kind === 'navigateBack' ? { path: '', query: {} } : parseUrl(url, from)
    const nav: Navigation = { kind, url, path: pagePath, query, delta }
    const isTab = this.platform.tabPages.includes(pagePath)
    if (kind !== 'navigateBack' && !this.platform.pages.includes(pagePath)) {
      nav.error = `${kind}:fail page "${pagePath}" is not found`
    } else if (kind === 'switchTab' && !isTab) {
      nav.error = `switchTab:fail can not switch to no-tabBar page`
    } else if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab) {
      nav.error = `${kind}:fail can not ${kind} a tabbar page`
    } else if (kind === 'navigateTo' && this.stack.length >= MAX_PAGE_STACK) {
      // Both clients: 页面栈最多十层 (WeChat 页面路由, Alipay my.navigateTo).
      nav.error = 'navigateTo:fail page stack is full (10 pages)'
    }
    this.navigations.push(nav)
    return nav
  }

  toast(toast: Toast): void {
    this.toasts.push(toast)
  }

  modal(title: string, content: string): boolean {
    this.modals.push({ title, content, confirmed: this.confirmModals })
    return this.confirmModals
  }

  pickDate(request: DatePickerRequest): string | null {
    const chosen = this.datesToPick.shift() ?? null
    // The picker offers only days between startDate and endDate; a test asking for another
    // day is wrong, not the app.
    if (
      chosen !== null &&
      (chosen < (request.startDate ?? '') || chosen > (request.endDate ?? '9'))
    ) {
      throw new Error(`date picker offers ${request.startDate}..${request.endDate}, not ${chosen}`)
    }
    this.datePickers.push({ ...request, chosen })
    return chosen
  }

  log(level: 'error' | 'warn', args: unknown[]): void {
    this.logs.push(`${level}: ${args.map(describeError).join(' ')}`)
    if (process.env.HARNESS_LOG) console[level](...args)
  }

  // ---- test API ----

  lastNavigation(): Navigation | undefined {
    return this.navigations[this.navigations.length - 1]
  }

  currentPage(): MiniPage {
    const top = this.stack[this.stack.length - 1]
    if (!top) throw new Error('no page is open')
    return top
  }

  /** The page stack, bottom first (getCurrentPages order). */
  pageStack(): readonly MiniPage[] {
    return [...this.stack]
  }

  /** What getCurrentPages() answers inside the app. */
  instances(): object[] {
    return this.stack.map((page) => page.instance)
  }

  /** Opens a page as the user would reach it: a tab page by switchTab, any other by navigateTo. */
  async open(pagePath: string, query: Query = {}): Promise<MiniPage> {
    const clean = pagePath.replace(/^\//, '')
    if (!this.platform.pages.includes(clean)) throw new Error(`"${clean}" is not in app.json`)
    if (this.platform.tabPages.includes(clean)) return this.switchTab(clean)
    return this.push(clean, query)
  }

  /** Performs the navigations the app requested since the last follow; returns the top page. */
  async follow(options: PollOptions = {}): Promise<MiniPage> {
    await pollUntil(
      () => this.navigations.length > this.followed,
      () => `a navigation (app logs: ${this.logs.slice(-3).join(' | ') || 'none'})`,
      options,
    )
    while (this.followed < this.navigations.length) {
      const nav = this.navigations[this.followed]
      this.followed += 1
      if (nav.error) throw new Error(`the app navigated to a page the client rejects: ${nav.error}`)
      if (nav.kind === 'navigateTo') await this.push(nav.path, nav.query)
      else if (nav.kind === 'switchTab') await this.switchTab(nav.path)
      else if (nav.kind === 'navigateBack') await this.back(nav.delta)
      else if (nav.kind === 'redirectTo') {
        this.stack.pop()?.unload()
        await this.mountOnTop(nav.path, nav.query)
      } else {
        this.unloadAll()
        await this.mountOnTop(nav.path, nav.query)
      }
    }
    return this.currentPage()
  }

  async back(delta = 1): Promise<MiniPage> {
    for (let i = 0; i < delta && this.stack.length > 1; i += 1) {
      const page = this.stack.pop()
      if (page && !this.tabs.has(page.path)) page.unload()
      else page?.hide()
    }
    const top = this.stack[this.stack.length - 1]
    top?.show()
    await settle()
    return this.currentPage()
  }

  /** Largest setData payload (bytes) of one page path, or of every page mounted so far. */
  largestSetData(pagePath?: string): number {
    return this.mounted
      .filter((p) => !pagePath || p.path === pagePath)
      .reduce((max, p) => Math.max(max, p.largestSetData), 0)
  }

  /** Page path → largest setData payload in bytes. */
  setDataStats(): Record<string, number> {
    const stats: Record<string, number> = {}
    for (const page of this.mounted) {
      stats[page.path] = Math.max(stats[page.path] ?? 0, page.largestSetData)
    }
    return stats
  }

  /** Cold start of a new app instance on a copy of this app's storage (session included). */
  async relaunch(): Promise<MiniApp> {
    this.close()
    return this.relauncher(this.storage.clone())
  }

  /** Unloads every page and stops the app's timers; safe to call twice. */
  close(): void {
    if (this.closed) return
    this.closed = true
    openApps.delete(this)
    this.unloadAll()
    this.tabs.forEach((page) => page.unload())
    this.tabs.clear()
    this.closers.forEach((closer) => closer())
  }

  private async push(pagePath: string, query: Query): Promise<MiniPage> {
    this.stack[this.stack.length - 1]?.hide()
    return this.mountOnTop(pagePath, query)
  }

  private async switchTab(pagePath: string): Promise<MiniPage> {
    const top = this.stack[this.stack.length - 1]
    if (top?.path === pagePath) return top
    if (top && this.tabs.has(top.path)) top.hide()
    while (this.stack.length) {
      const page = this.stack.pop()
      if (page && !this.tabs.has(page.path)) page.unload()
    }
    const existing = this.tabs.get(pagePath)
    if (existing) {
      this.stack.push(existing)
      existing.show()
      await settle()
      return existing
    }
    const page = await this.mountOnTop(pagePath, {})
    this.tabs.set(pagePath, page)
    return page
  }

  private async mountOnTop(pagePath: string, query: Query): Promise<PageHandle> {
    const page = this.platform.create(pagePath, query)
    this.stack.push(page)
    this.mounted.push(page)
    await page.load()
    return page
  }

  private unloadAll(): void {
    while (this.stack.length) {
      const page = this.stack.pop()
      if (page && !this.tabs.has(page.path)) page.unload()
    }
  }
}
