import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { allPages, readAppJson } from '../shared/app-json'
import { distSnapshot } from '../shared/dist-snapshot'
import { listFiles } from '../shared/files'
import { wcc, wcsc } from './wx-compilers'

const root = distSnapshot('weapp')
const wxml = listFiles(root, '.wxml')
const wxss = listFiles(root, '.wxss')
const wxs = listFiles(root, '.wxs')

describe("dist/weapp through WeChat's compilers (wcc, wcsc)", () => {
  it('has a .wxml, .wxss, .js and .json for every page in app.json', () => {
    const missing = allPages(readAppJson(root)).flatMap((page) =>
      ['.wxml', '.wxss', '.js', '.json']
        .map((ext) => `${page}${ext}`)
        .filter((file) => !fs.existsSync(path.join(root, file))),
    )
    expect(missing).toEqual([])
  })

  it.each(wxml)('wcc compiles %s', (file) => {
    expect(wcc(root, [file], wxs).errors).toEqual([])
  })

  it('wcc compiles all templates together', () => {
    expect(wcc(root, wxml, wxs).errors).toEqual([])
  })

  it.each(wxss)('wcsc compiles %s', (file) => {
    expect(wcsc(root, file).errors).toEqual([])
  })

  it('resolves every <import>, <include> and <wxs src>', () => {
    const unresolved = wxml.flatMap((file) => {
      const source = fs.readFileSync(path.join(root, file), 'utf8')
      return [...source.matchAll(/<(?:import|include|wxs)\b[^>]*\bsrc="([^"]+)"/g)]
        .map((m) => path.posix.join(path.posix.dirname(file), m[1]))
        .filter((target) => !fs.existsSync(path.join(root, target)))
        .map((target) => `${file}: ${target}`)
    })
    expect(unresolved).toEqual([])
  })

  it('reports a broken file as file:line:col', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yb-wcc-'))
    try {
      fs.writeFileSync(path.join(dir, 'broken.wxml'), '<view>\n  <text>hi</view>\n')
      fs.writeFileSync(path.join(dir, 'broken.wxss'), '.a { color: red;\n.b {{ }\n')
      expect(wcc(dir, ['broken.wxml'], []).errors[0]).toMatch(/^broken\.wxml:2:\d+: expect end-tag/)
      expect(wcsc(dir, 'broken.wxss').errors[0]).toMatch(/^broken\.wxss:2:\d+: /)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
