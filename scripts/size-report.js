#!/usr/bin/env node
// Main package and subpackage sizes of the WeChat and Alipay builds; fails over the 2 MB limit.
const fs = require('node:fs')
const path = require('node:path')

const LIMIT = 2 * 1024 * 1024

function folderBytes(dir, skip = []) {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (skip.includes(full)) continue
    if (entry.isDirectory()) total += folderBytes(full, skip)
    else total += fs.statSync(full).size
  }
  return total
}

function report(platform) {
  const root = path.join('dist', platform)
  const appJson = path.join(root, 'app.json')
  if (!fs.existsSync(appJson)) {
    console.error(`${platform}: no build at ${root}`)
    return false
  }
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8'))
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => path.join(root, p.root))
  const rows = [['main package', folderBytes(root, subRoots)]]
  for (const sub of subRoots) rows.push([path.relative(root, sub), folderBytes(sub)])
  let ok = true
  console.log(`${platform}:`)
  for (const [name, bytes] of rows) {
    const over = bytes > LIMIT
    ok = ok && !over
    console.log(`  ${name.padEnd(18)} ${String(bytes).padStart(9)} B${over ? '  OVER 2 MB' : ''}`)
  }
  const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0)
  console.log(`  ${'total'.padEnd(18)} ${String(total).padStart(9)} B`)
  return ok
}

const ok = ['weapp', 'alipay'].map(report).every(Boolean)
process.exit(ok ? 0 : 1)
