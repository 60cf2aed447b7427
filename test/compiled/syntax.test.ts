import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'acorn'

import { distSnapshot } from './shared/dist-snapshot'
import { listFiles } from './shared/files'

/**
 * The oldest supported engine (iOS 12.2 JavaScriptCore, docs/testing.md) parses ES2019 syntax:
 * no `?.`, `??`, class fields or BigInt literals. WXS runs on WeChat's ES5-only engine, SJS is
 * an ES2015 module subset. A dependency shipping newer syntax fails here, not on a phone.
 */
const LEVELS = { js: 2019, wxs: 5, sjs: 2015 } as const

describe.each(['weapp', 'alipay'] as const)('dist/%s syntax level', (target) => {
  const root = distSnapshot(target)
  const files = [...listFiles(root, '.js'), ...listFiles(root, '.wxs'), ...listFiles(root, '.sjs')]

  it.each(files)('%s parses at its level', (file) => {
    const ext = path.extname(file).slice(1) as keyof typeof LEVELS
    const source = fs.readFileSync(path.join(root, file), 'utf8')
    expect(() =>
      parse(source, { ecmaVersion: LEVELS[ext], sourceType: ext === 'sjs' ? 'module' : 'script' }),
    ).not.toThrow()
  })

  it('has no regex lookbehind (iOS JavaScriptCore before 16.4 rejects the whole file)', () => {
    const offenders = files.filter((file) =>
      /\(\?<[=!]/.test(fs.readFileSync(path.join(root, file), 'utf8')),
    )
    expect(offenders).toEqual([])
  })
})

describe.each(['weapp', 'alipay', 'h5', 'weapp-http', 'alipay-http', 'h5-http'] as const)(
  'dist/%s',
  (target) => {
    it('never names BigInt (iOS before 14 has none, and it cannot be polyfilled)', () => {
      const root = distSnapshot(target)
      const offenders = listFiles(root, '.js').filter((file) =>
        /\bBigInt\b/.test(fs.readFileSync(path.join(root, file), 'utf8')),
      )
      expect(offenders).toEqual([])
    })
  },
)
