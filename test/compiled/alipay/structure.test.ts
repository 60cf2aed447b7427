import fs from 'node:fs'
import path from 'node:path'

import { allPages, readAppJson } from '../shared/app-json'
import { distSnapshot } from '../shared/dist-snapshot'
import { listFiles } from '../shared/files'
import { readMarkup } from './markup'

const root = distSnapshot('alipay')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')
const axml = listFiles(root, '.axml')

/** WeChat spellings Alipay does not understand (Alipay writes a:if, onTap, catchTap). */
function wechatAttribute(attribute: string): boolean {
  return /^wx:/.test(attribute) || /^bind/.test(attribute) || /^catch[a-z:]/.test(attribute)
}

describe('dist/alipay structure', () => {
  it('has .axml, .acss, .js and .json for every page in app.json, subpackages included', () => {
    const pages = allPages(readAppJson(root))
    expect(pages).toEqual(expect.arrayContaining(['packages/family/records/index']))
    const missing = pages.flatMap((page) =>
      ['.axml', '.acss', '.js', '.json']
        .map((ext) => `${page}${ext}`)
        .filter((file) => !fs.existsSync(path.join(root, file))),
    )
    expect(missing).toEqual([])
  })

  it('keeps what the Alipay IDE needs: mini.project.json (component2) and .browserslistrc', () => {
    const project = JSON.parse(read('mini.project.json')) as {
      compileOptions?: { component2?: boolean }
    }
    expect(project.compileOptions?.component2).toBe(true)
    expect(fs.existsSync(path.join(root, '.browserslistrc'))).toBe(true)
  })

  it.each(axml)('%s is well-formed markup', (file) => {
    expect(readMarkup(read(file)).problems).toEqual([])
  })

  it('uses no WeChat-only attributes or tags in AXML', () => {
    const leaks = axml.flatMap((file) =>
      readMarkup(read(file)).tags.flatMap((tag) => [
        ...(tag.name === 'wxs' ? [`${file}:${tag.line}: <wxs>`] : []),
        ...tag.attributes
          .filter(wechatAttribute)
          .map((attribute) => `${file}:${tag.line}: ${attribute}`),
      ]),
    )
    expect(leaks).toEqual([])
  })

  it('references no .wxml, .wxss or .wxs file', () => {
    const files = [
      ...axml,
      ...listFiles(root, '.acss'),
      ...listFiles(root, '.sjs'),
      ...listFiles(root, '.json'),
    ]
    const leaks = files.filter((file) => /\.(wxml|wxss|wxs)\b/.test(read(file)))
    expect(leaks).toEqual([])
    expect(listFiles(root, '.wxml').concat(listFiles(root, '.wxss'))).toEqual([])
  })

  it('reports a broken template with its line', () => {
    const report = readMarkup('<view>\n  <text a="1" a="2">x</view>\n<button wx:if="{{a}}"/>')
    expect(report.problems).toEqual([
      'line 2: a repeats in <text>',
      'line 2: </view> closes <text> from line 2',
      'line 1: <view> is never closed',
    ])
    expect(report.tags[2].attributes.filter(wechatAttribute)).toEqual(['wx:if'])
  })
})
