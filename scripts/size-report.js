#!/usr/bin/env node
// Main package and subpackage sizes of the WeChat and Alipay builds; fails over the 2 MB limit.
// Beside them it builds, in the same run and with the same toolchain, a blank Taro app with the
// project's libraries (scripts/blank-app) and prints the app's main package as a multiple of it.
// SIZE_SKIP_BLANK=1 skips that build (then no ratio is printed).
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const BLANK_APP = path.join(__dirname, 'blank-app')

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

function buildBlank(platform) {
  const taro = path.join(__dirname, '..', 'node_modules', '.bin', 'taro')
  execFileSync(taro, ['build', '--type', platform], {
    cwd: BLANK_APP,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production' },
  })
}

/** Main package bytes of the build in dist/<folder>, or null without one. */
function mainPackageBytes(folder) {
  const root = path.join('dist', folder)
  const appJson = path.join(root, 'app.json')
  if (!fs.existsSync(appJson)) return null
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8'))
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => path.join(root, p.root))
  return folderBytes(root, subRoots)
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
  if (process.env.SIZE_SKIP_BLANK !== '1') {
    buildBlank(platform)
    const blank = mainPackageBytes(`blank-${platform}`)
    const ratio = (rows[0][1] / blank).toFixed(2)
    console.log(
      `  ${'blank app main'.padEnd(18)} ${String(blank).padStart(9)} B  (main = ${ratio}× blank)`,
    )
  }
  return ok
}

const ok = ['weapp', 'alipay'].map(report).every(Boolean)
process.exit(ok ? 0 : 1)
