import fs from 'node:fs'
import path from 'node:path'

/** Globals a bundle sees as parameters: the platform object (wx / my), constructors, console. */
export type Injected = Record<string, unknown>

interface Module {
  exports: unknown
}

type Compile = (file: string, source: string, names: string[]) => (...args: unknown[]) => void

/**
 * CommonJS loading of a mini-program bundle (app.js requires ./common, ./vendors, ./taro,
 * ./runtime; pages push into webpackJsonp). Every launch gets its own module cache, so a
 * relaunch really starts cold. `compile` decides which JavaScript realm the code runs in.
 */
export class ScriptRealm {
  private readonly cache = new Map<string, Module>()

  constructor(
    private readonly root: string,
    private readonly injected: Injected,
    private readonly compile: Compile,
  ) {}

  /** Runs `file` (relative to the dist root, or absolute) once per realm; returns its exports. */
  require(file: string): unknown {
    const withExt = file.endsWith('.js') ? file : `${file}.js`
    const abs = path.isAbsolute(withExt) ? withExt : path.join(this.root, withExt)
    const cached = this.cache.get(abs)
    if (cached) return cached.exports
    const mod: Module = { exports: {} }
    this.cache.set(abs, mod)
    const names = ['require', 'module', 'exports', ...Object.keys(this.injected)]
    const fn = this.compile(abs, fs.readFileSync(abs, 'utf8'), names)
    const localRequire = (request: string) => this.require(path.resolve(path.dirname(abs), request))
    fn(localRequire, mod, mod.exports, ...Object.values(this.injected))
    return mod.exports
  }
}
