import path from 'node:path'

import { allPages, readAppJson, tabPages } from '../shared/app-json'
import { BasePage } from '../shared/base-page'
import { distSnapshot } from '../shared/dist-snapshot'
import { defaultEngineProfile, type EngineProfile, REMOVALS } from '../shared/engine-profile'
import { appConsole, callHook } from '../shared/host-api'
import { MiniApp, type PlatformDriver, type Query } from '../shared/mini-app'
import { pollUntil, settle } from '../shared/poll'
import { ScriptRealm } from '../shared/script-realm'
import { MockStorage, WECHAT_STORAGE } from '../shared/storage'
import { findAll, type TaroNode } from '../shared/taro-tree'
import { createWx } from './wx'

/** The slice of a j-component node (miniprogram-simulate's render result) the harness uses. */
interface SimNode {
  readonly dom: HTMLElement
  readonly data: { root?: { cn?: unknown[] } }
  readonly instance: WeappInstance
  dispatchEvent(name: string, options?: { detail?: unknown }): void
  attach(parent: Element): void
  detach(): void
}

interface WeappInstance {
  route?: string
  __route__?: string
  options?: Query
  setData(payload: Record<string, unknown>, callback?: () => void): void
  onLoad(query: Query): void
  onShow(): void
  onReady?(): void
  onHide?(): void
  onUnload?(): void
}

interface Simulate {
  load(componentPath: string, options: { rootPath: string; compiler: 'official' }): string
  render(id: string): SimNode
}

type Definition = Record<string, unknown>

if (typeof document === 'undefined') {
  throw new Error('the WeChat harness needs `/** @jest-environment jsdom */` atop the test file')
}

const simulate = require('miniprogram-simulate') as Simulate
// miniprogram-simulate executes a page's JS through this hook; the harness replaces it.
const simulateUtils = require('miniprogram-simulate/src/utils') as {
  runJs: (file: string) => void
}
/** j-component's node wrapper (RootComponent's base class): dispatches events like a tap. */
type SimComponentClass = new (exparserNode: object) => SimNode
let SimComponent: SimComponentClass
const simulateComponent = (globalThis as unknown as { Component: (def: Definition) => void })
  .Component

/**
 * Browser globals jsdom has and WeChat's logic layer does not. Bundles see them as undefined,
 * so code that leans on them fails here as it would on a phone.
 */
const ABSENT_IN_WECHAT = [
  'window',
  'document',
  'self',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'XMLHttpRequest',
  'fetch',
  'TextEncoder',
  'TextDecoder',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  // Nothing of Node leaks into the logic layer; no global object is reachable by name (stricter
  // than WeChat documents, as on Alipay, so a lookup that needs one fails here first).
  'process',
  'Buffer',
  'global',
  'globalThis',
  'setImmediate',
  'clearImmediate',
]

/**
 * WeChat runs no code made from strings (its "JavaScript 支持情况" page: 不支持使用 eval 执行 JS
 * 代码, 不支持使用 new Function 创建函数). The bundle sees an `eval` and a `Function` that throw
 * when called; `Function.prototype` and `instanceof Function` still work.
 */
function refuseCodeGeneration(): never {
  throw new EvalError('Code generation from strings disallowed for this context')
}
const FORBIDDEN_CODE_GENERATION = {
  Function: new Proxy(Function, { apply: refuseCodeGeneration, construct: refuseCodeGeneration }),
}

export interface WeappLaunchOptions {
  /** Start from this storage (a relaunch passes its predecessor's); default empty. */
  storage?: MockStorage
  /** Answer showModal with confirm (default) or cancel. */
  confirmModals?: boolean
  /** Extra or replaced wx APIs, e.g. { startFacialRecognitionVerify: … }. */
  api?: Record<string, unknown>
  /** Launch options handed to App.onLaunch. */
  entry?: { path: string; query?: Query }
  /** Which client engine to model (default: YB_ENGINE or 'newest'); see engine-profile.ts. */
  engine?: EngineProfile
  /** Which build: dist/weapp (default) or the real-backend build dist/weapp-http. */
  target?: 'weapp' | 'weapp-http'
}

/**
 * The profile's missing global built-ins, shadowed for the bundle. The page realm is jsdom's,
 * shared with miniprogram-simulate, so prototype methods (Array.prototype.at, …) cannot be
 * taken away here; the Alipay model removes those too.
 */
function engineShadows(engine: EngineProfile | undefined): Record<string, undefined> {
  const missing = REMOVALS[engine ?? defaultEngineProfile()].globalThis ?? []
  return Object.fromEntries(missing.map((name) => [name, undefined]))
}

/** Boots dist/weapp: app.js first, then App.onLaunch / onShow. Pages open through the app. */
export async function launchWeapp(options: WeappLaunchOptions = {}): Promise<MiniApp> {
  const root = distSnapshot(options.target ?? 'weapp')
  const appJson = readAppJson(root)
  const storage = options.storage ?? new MockStorage(WECHAT_STORAGE)
  const app = new MiniApp(
    storage,
    (next) => launchWeapp({ ...options, storage: next }),
    options.confirmModals ?? true,
  )
  const wx = createWx(storage, app, options.api ?? {})

  let appInstance: Record<string, unknown> | null = null
  let capturing: ((def: Definition) => void) | null = null
  const globals = globalThis as unknown as Record<string, unknown>
  // Globals the compiled wxml runtime and Taro look up outside the injected parameters.
  globals.getApp = () => appInstance
  globals.getCurrentPages = () => app.instances()
  globals.requirePlugin = () => ({})
  globals.__wxConfig = {
    envVersion: 'develop',
    platform: 'devtools',
    pages: appJson.pages,
    tabBar: appJson.tabBar,
    global: { window: {} },
  }
  const capture = (def: Definition) => {
    if (!capturing) throw new Error('Page/Component called outside a page or component script')
    capturing(def)
  }
  const injected: Record<string, unknown> = {
    wx,
    console: appConsole(app),
    App: (config: Record<string, unknown>) => {
      appInstance = config
    },
    Page: (config: Definition) => capture({ kind: 'page', config }),
    Component: (config: Definition) => capture({ kind: 'component', config }),
    getApp: globals.getApp,
    getCurrentPages: globals.getCurrentPages,
  }
  for (const name of ABSENT_IN_WECHAT) injected[name] = undefined
  Object.assign(injected, FORBIDDEN_CODE_GENERATION, engineShadows(options.engine))
  const realm = new ScriptRealm(root, injected, (file, source, names) => {
    // `eval` cannot be a parameter of a strict-mode file, so a sloppy outer scope declares it.
    // eslint-disable-next-line no-new-func
    const outer = new Function(
      'refuse',
      `var eval = refuse; return function (${names.join(', ')}) {\n${source}\n}\n//# sourceURL=${file}`,
    ) as (refuse: () => never) => (...args: unknown[]) => void
    return outer(refuseCodeGeneration)
  })

  realm.require('app.js')
  if (!appInstance) throw new Error('dist/weapp/app.js did not call App()')
  const launched = appInstance as Record<string, unknown>
  const entry = options.entry ?? { path: appJson.pages[0], query: {} }
  callHook(launched, 'onLaunch', { path: entry.path, query: entry.query ?? {}, scene: 1001 })
  callHook(launched, 'onShow', { path: entry.path, query: entry.query ?? {}, scene: 1001 })

  // A page's script runs once per launch (as on a phone); every later instance of the page
  // re-registers the captured definition with miniprogram-simulate.
  const definitions = new Map<string, Definition[]>()
  let activePage: WeappPage | null = null
  simulateUtils.runJs = (file: string) => {
    let defs = definitions.get(file)
    if (!defs) {
      const collected: Definition[] = []
      capturing = (def) => collected.push(def)
      try {
        realm.require(file)
      } finally {
        capturing = null
      }
      definitions.set(file, collected)
      defs = collected
    }
    for (const def of defs) simulateComponent(toSimulateDefinition(def, () => activePage))
  }

  const driver: PlatformDriver = {
    pages: allPages(appJson),
    tabPages: tabPages(appJson),
    create(pagePath, query) {
      const id = simulate.load(path.join(root, pagePath), { rootPath: root, compiler: 'official' })
      const rendered = simulate.render(id)
      SimComponent ??= Object.getPrototypeOf(Object.getPrototypeOf(rendered)).constructor
      const page = new WeappPage(pagePath, query, rendered, () => app.logs)
      activePage = page
      return page
    },
  }
  app.attach(driver)
  await settle()
  return app
}

/** Page(config) becomes a simulate Component whose methods are the page's hooks and handlers. */
function toSimulateDefinition(def: Definition, activePage: () => WeappPage | null): Definition {
  const config = def.config as Record<string, unknown>
  if (def.kind === 'page') {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(config)) {
      if (typeof value === 'function') methods[key] = value
    }
    return { data: JSON.parse(JSON.stringify(config.data ?? {})), methods }
  }
  const created = config.created
  return {
    ...config,
    data: JSON.parse(JSON.stringify(config.data ?? {})),
    created(this: WeappInstance) {
      // Custom wrappers update themselves; count their payloads towards the page on top.
      const original = this.setData
      this.setData = (payload, callback) => {
        activePage()?.countSetData(payload)
        original.call(this, payload, callback)
      }
      if (typeof created === 'function') created.call(this)
    },
  }
}

class WeappPage extends BasePage {
  private readonly host = document.createElement('page-host')

  constructor(
    pagePath: string,
    query: Query,
    private readonly node: SimNode,
    logs: () => string[],
  ) {
    super(pagePath, query, logs)
    const instance = node.instance
    instance.route = pagePath
    instance.__route__ = pagePath
    instance.options = { ...query }
    const original = instance.setData
    instance.setData = (payload, callback) => {
      this.recordSetData(payload)
      original.call(instance, payload, callback)
    }
  }

  get instance(): object {
    return this.node.instance
  }

  countSetData(payload: unknown): void {
    this.recordSetData(payload)
  }

  async load(): Promise<void> {
    this.node.attach(this.host)
    // No second argument: Taro reads a function there as its prerender callback.
    this.node.instance.onLoad({ ...this.query })
    this.node.instance.onShow()
    this.node.instance.onReady?.()
    await pollUntil(
      () => (this.node.data.root?.cn?.length ?? 0) > 0,
      () => `${this.path} to render ${this.context()}`,
    )
  }

  show(): void {
    this.node.instance.onShow()
  }

  hide(): void {
    this.node.instance.onHide?.()
  }

  unload(): void {
    this.node.instance.onUnload?.()
    this.node.detach()
  }

  /**
   * Selectors resolve on Taro's page data (the same rules as on Alipay), then to the element
   * the compiled WXML rendered for that node (`data-sid`), so a node counts only once the
   * template really produced it. Nested `comp` components render into the same DOM.
   */
  private elements(selector: string): HTMLElement[] {
    const nodes = findAll(this.node.data.root as TaroNode | undefined, selector)
    return nodes
      .map((n) => this.host.querySelector<HTMLElement>(`[data-sid="${n.sid ?? ''}"]`))
      .filter((el): el is HTMLElement => el !== null)
  }

  private first(selector: string): HTMLElement {
    const element = this.elements(selector)[0]
    if (!element) throw this.missing(selector)
    return element
  }

  private dispatch(selector: string, name: string, detail?: unknown): void {
    const wxElement = (this.first(selector) as unknown as { __wxElement?: object }).__wxElement
    if (!wxElement) throw new Error(`${selector} has no exparser element`)
    new SimComponent(wxElement).dispatchEvent(name, detail === undefined ? {} : { detail })
  }

  exists(selector: string): boolean {
    return this.elements(selector).length > 0
  }

  text(selector?: string): string {
    return (selector ? this.first(selector) : this.node.dom).textContent ?? ''
  }

  texts(selector: string): string[] {
    return this.elements(selector).map((el) => el.textContent ?? '')
  }

  async tap(selector: string): Promise<void> {
    // Like a person (and Playwright), wait for what is to be tapped to be on screen first.
    await this.waitFor(selector)
    this.dispatch(selector, 'tap')
    await settle()
  }

  async input(selector: string, value: string): Promise<void> {
    await this.waitFor(selector)
    this.dispatch(selector, 'input', { value })
    await settle()
  }
}
