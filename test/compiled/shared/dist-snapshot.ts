import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The default builds, and the HTTP builds of `npm run build:variants` (docs/testing.md). */
export type Target = 'weapp' | 'alipay' | 'h5' | 'weapp-http' | 'alipay-http' | 'h5-http'

export const PROJECT_ROOT = path.resolve(__dirname, '../../..')

/** Where the builds are; YB_DIST_DIR points the tests at another checkout's dist/. */
const DIST_ROOT = path.resolve(process.env.YB_DIST_DIR ?? path.join(PROJECT_ROOT, 'dist'))

/** Builds hold this lock (`flock /tmp/taro-build.lock npm run build:…`); copies wait for it. */
const BUILD_LOCK = process.env.TARO_BUILD_LOCK ?? '/tmp/taro-build.lock'

const snapshots = new Map<Target, string>()

function hasFlock(): boolean {
  try {
    execFileSync('flock', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * A private copy of dist/<target>, taken under a shared build lock. Other people rebuild while
 * tests run; reading dist/ directly could see half-written bundles. One copy per test file
 * (jest gives every file its own module registry), removed after the file.
 */
export function distSnapshot(target: Target): string {
  const existing = snapshots.get(target)
  if (existing) return existing
  const source = path.join(DIST_ROOT, target)
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `yb-dist-${target}-`))
  snapshots.set(target, copy)
  if (fs.existsSync(source)) {
    const cp = ['cp', '-R', `${source}/.`, copy]
    if (hasFlock()) execFileSync('flock', ['-s', BUILD_LOCK, ...cp])
    else execFileSync(cp[0], cp.slice(1))
  }
  // Checked on the copy: a build that finished (or failed) while we waited counts, not before.
  const marker = target.startsWith('h5') ? 'index.html' : 'app.json'
  const build = target.endsWith('-http') ? 'build:variants' : `build:${target}`
  if (!fs.existsSync(path.join(copy, marker))) {
    throw new Error(
      `dist/${target} is not built: run \`flock ${BUILD_LOCK} npm run ${build}\` first`,
    )
  }
  return copy
}

// Registered while the test file imports this module (hooks cannot be added inside a test).
if (typeof afterAll === 'function') {
  afterAll(() => {
    snapshots.forEach((copy) => fs.rmSync(copy, { recursive: true, force: true }))
    snapshots.clear()
  })
}
