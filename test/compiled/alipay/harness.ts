import fs from 'node:fs'
import path from 'node:path'

import { allPages, readAppJson, tabPages } from '../shared/app-json'
import { BasePage } from '../shared/base-page'
import { distSnapshot } from '../shared/dist-snapshot'
import { defaultEngineProfile } from '../shared/engine-profile'
import { appConsole, callHook } from '../shared/host-api'
import { MiniApp, type PlatformDriver, type Query } from '../shared/mini-app'
import { pollUntil, settle } from '../shared/poll'
import { ScriptRealm } from '../shared/script-realm'
import { ALIPAY_STORAGE, MockStorage } from '../shared/storage'
import { findAll, type TaroNode, textOf } from '../shared/taro-tree'
import { compileIn, createEngine, type EngineProfile, EngineTimers } from './engine'
import { createMy } from './my'
import { applySetData } from './set-data'

type Hooks = Record<string, unknown>

interface PageConfig extends Hooks {
  data?: { root?: TaroNode }
  eh?: (event: unknown) => unknown
}

export interface AlipayLaunchOptions {
  /** Which client engine to model (default: YB_ENGINE or 'newest'); see engine-profile.ts. */
  engine?: EngineProfile
  storage?: MockStorage
  confirmModals?: boolean
  /** Extra or replaced `my` APIs. */
  api?: Record<string, unknown>
  entry?: { path: string; query?: Query }
  /** Which build: dist/alipay (default) or the real-backend build dist/alipay-http. */
  target?: 'alipay' | 'alipay-http'
}

type BoundEvents = (node: TaroNode) => Set<string>

/**
 * Which events a node's element binds, read from base.axml. A `catch` binding is also recorded as
 * 'catch:<event>', since it stops the event bubbling on. Most templates (`tmpl_0_<nn>`) hold the
 * element itself; Input's only dispatches through utils.sjs `c()` to `tmpl_0_<nn>_focus` when the
 * node has a `focus` prop and `tmpl_0_<nn>_blur` otherwise, and those hold its onInput.
 */
function boundEvents(root: string): BoundEvents {
  const axml = fs.readFileSync(path.join(root, 'base.axml'), 'utf8')
  const bound = new Map<string, Set<string>>()
  const dispatchers = new Set<string>()
  for (const m of axml.matchAll(/<template name="tmpl_0_(\w+)">\s*<([\w-]+)([^>]*)>/g)) {
    if (m[2] === 'template' && m[3].includes("xs.c(i, 'tmpl_0_')")) dispatchers.add(m[1])
    const events = [...m[3].matchAll(/\b(on|catch)([A-Z]\w*)="eh"/g)].flatMap((e) => {
      const name = e[2][0].toLowerCase() + e[2].slice(1)
      return e[1] === 'catch' ? [name, `catch:${name}`] : [name]
    })
    bound.set(m[1], new Set(events))
  }
  return (node) => {
    const name = String(node.nn)
    const variant = (node as TaroNode & { focus?: unknown }).focus !== undefined ? 'focus' : 'blur'
    const template = dispatchers.has(name) ? `${name}_${variant}` : name
    return bound.get(template) ?? new Set()
  }
}

/**
 * Alipay's bubbling events (框架 › 事件: touchStart, touchMove, touchEnd, touchCancel, tap,
 * longTap): an `on` binding lets them go on to the parent, a `catch` binding stops them.
 */
const BUBBLING_EVENTS = new Set([
  'touchStart',
  'touchMove',
  'touchEnd',
  'touchCancel',
  'tap',
  'longTap',
])

/** Boots dist/alipay in a fresh engine realm: app.js first, then App.onLaunch / onShow. */
export async function launchAlipay(options: AlipayLaunchOptions = {}): Promise<MiniApp> {
  const root = distSnapshot(options.target ?? 'alipay')
  const appJson = readAppJson(root)
  const storage = options.storage ?? new MockStorage(ALIPAY_STORAGE)
  const app = new MiniApp(
    storage,
    (next) => launchAlipay({ ...options, storage: next }),
    options.confirmModals ?? true,
  )
  const timers = new EngineTimers()
  app.onClose(() => timers.clearAll())
  let appConfig: Hooks | null = null
  let registered: PageConfig | null = null
  const engine = createEngine(
    options.engine ?? defaultEngineProfile(),
    {
      my: createMy(storage, app, options.api ?? {}),
      console: appConsole(app),
      App: (config: Hooks) => {
        appConfig = config
      },
      Page: (config: PageConfig) => {
        registered = config
      },
      // Taro's Alipay output renders pages with templates only; components are not modelled.
      Component: () => undefined,
      getApp: () => appConfig,
      getCurrentPages: () => app.instances(),
    },
    timers,
  )
  const realm = new ScriptRealm(root, {}, compileIn(engine))
  realm.require('app.js')
  if (!appConfig) throw new Error(`dist/${options.target ?? 'alipay'}/app.js did not call App()`)
  const launched = appConfig as Hooks
  const entry = options.entry ?? { path: appJson.pages[0], query: {} }
  callHook(launched, 'onLaunch', { path: entry.path, query: entry.query ?? {}, scene: 1001 })
  callHook(launched, 'onShow', { path: entry.path, query: entry.query ?? {}, scene: 1001 })

  // A page's script runs once per launch and registers its config; instances derive from it.
  const configs = new Map<string, PageConfig>()
  const events = boundEvents(root)
  const driver: PlatformDriver = {
    pages: allPages(appJson),
    tabPages: tabPages(appJson),
    create(pagePath, query) {
      let config = configs.get(pagePath)
      if (!config) {
        registered = null
        realm.require(`${pagePath}.js`)
        if (!registered) throw new Error(`${pagePath}.js did not call Page()`)
        config = registered as PageConfig
        configs.set(pagePath, config)
      }
      return new AlipayPage(pagePath, query, config, events, () => app.logs)
    },
  }
  app.attach(driver)
  await settle()
  return app
}

interface AlipayInstance extends Hooks {
  data: { root?: TaroNode }
  route: string
  options: Query
  setData(payload: Record<string, unknown>, callback?: () => void): void
}

class AlipayPage extends BasePage {
  readonly instance: AlipayInstance

  constructor(
    pagePath: string,
    query: Query,
    private readonly config: PageConfig,
    private readonly events: BoundEvents,
    logs: () => string[],
  ) {
    super(pagePath, query, logs)
    const instance = Object.create(config) as AlipayInstance
    instance.data = JSON.parse(JSON.stringify(config.data ?? {}))
    instance.route = pagePath
    instance.options = { ...query }
    instance.setData = (payload, callback) => {
      this.recordSetData(payload)
      applySetData(instance.data, payload)
      if (callback) setTimeout(callback, 0)
    }
    this.instance = instance
  }

  private hook(name: string, ...args: unknown[]): void {
    callHook(this.instance, name, ...args)
  }

  async load(): Promise<void> {
    this.hook('onLoad', { ...this.query })
    this.hook('onShow')
    this.hook('onReady')
    await pollUntil(
      () => (this.root()?.cn?.length ?? 0) > 0,
      () => `${this.path} to render ${this.context()}`,
    )
  }

  show(): void {
    this.hook('onShow')
  }

  hide(): void {
    this.hook('onHide')
  }

  unload(): void {
    this.hook('onUnload')
  }

  private root(): TaroNode | undefined {
    return this.instance.data.root
  }

  private first(selector: string): TaroNode {
    const node = findAll(this.root(), selector)[0]
    if (!node) throw this.missing(selector)
    return node
  }

  exists(selector: string): boolean {
    return findAll(this.root(), selector).length > 0
  }

  text(selector?: string): string {
    return textOf(selector ? this.first(selector) : this.root())
  }

  texts(selector: string): string[] {
    return findAll(this.root(), selector).map(textOf)
  }

  /**
   * Fires like the client: at the nearest element (itself or an ancestor) whose template binds
   * the event, with that element as currentTarget; a bubbling event then goes on to every
   * ancestor that binds it, up to a `catch` binding. (Taro holds a tap on a child whose parent
   * also listens until the parent's tap arrives, so a single dispatch would never run it.)
   */
  private async fire(selector: string, type: string, detail: Record<string, unknown>) {
    // Like a person (and Playwright), wait for what is to be tapped to be on screen first.
    await this.waitFor(selector)
    const target = this.first(selector)
    const listening = this.ancestry(target).filter((node) => this.bindings(node).has(type))
    if (listening.length === 0)
      throw new Error(`${selector} and its ancestors do not listen to ${type}`)
    const caught = listening.findIndex((node) => this.bindings(node).has(`catch:${type}`))
    const reached = BUBBLING_EVENTS.has(type)
      ? listening.slice(0, caught === -1 ? undefined : caught + 1)
      : listening.slice(0, 1)
    const handler = this.config.eh
    if (typeof handler !== 'function') throw new Error(`${this.path} has no event handler`)
    const asTarget = (node: TaroNode) => ({
      id: node.uid ?? node.sid,
      dataset: { sid: node.sid },
    })
    const timeStamp = Date.now()
    for (const current of reached) {
      handler.call(this.instance, {
        type,
        timeStamp,
        target: asTarget(target),
        currentTarget: asTarget(current),
        detail,
      })
    }
    await settle()
  }

  private bindings(node: TaroNode): Set<string> {
    return this.events(node)
  }

  /** The node and its ancestors, nearest first. */
  private ancestry(target: TaroNode): TaroNode[] {
    const chain: TaroNode[] = []
    const walk = (node: TaroNode, trail: TaroNode[]): boolean => {
      if (node === target) {
        chain.push(node, ...trail.slice().reverse())
        return true
      }
      return (node.cn ?? []).some((child) => walk(child, [...trail, node]))
    }
    const root = this.root()
    if (root) (root.cn ?? []).some((child) => walk(child, []))
    return chain
  }

  tap(selector: string): Promise<void> {
    return this.fire(selector, 'tap', {})
  }

  /** Alipay's onInput: `event.detail = {value, cursor}`, the cursor after what was typed. */
  input(selector: string, value: string): Promise<void> {
    return this.fire(selector, 'input', { value, cursor: value.length })
  }
}
