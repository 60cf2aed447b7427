import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * WeChat's own template and style compilers (wcc, wcsc), as shipped in miniprogram-compiler,
 * the package miniprogram-simulate uses for `compiler: 'official'`.
 */
const BIN_DIR = path.join(
  path.dirname(require.resolve('miniprogram-compiler/package.json')),
  'bin',
  process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux',
)

function binary(name: 'wcc' | 'wcsc'): string {
  const file = path.join(BIN_DIR, process.platform === 'win32' ? `${name}.exe` : name)
  try {
    fs.accessSync(file, fs.constants.X_OK)
  } catch {
    // npm unpacks the binaries without the execute bit.
    fs.chmodSync(file, 0o755)
  }
  return file
}

export interface CompileResult {
  ok: boolean
  /** `file:line:col: message`, one per error the compiler reported. */
  errors: string[]
}

function run(name: 'wcc' | 'wcsc', args: string[], cwd: string): CompileResult {
  const result = spawnSync(binary(name), args, { cwd, maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  const stderr = result.stderr.toString()
  const errors = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^error file count/.test(line))
    .map((line) =>
      // wcsc: "ERR: a.wxss(2:4): unexpected …" → "a.wxss:2:4: unexpected …"
      line.replace(/^ERR: /, '').replace(/^(\S+)\((\d+):(\d+)\):/, '$1:$2:$3:'),
    )
  const ok = result.status === 0
  return { ok, errors: ok ? [] : errors.length ? errors : [`${name} exited ${result.status}`] }
}

/** Compiles WXML files (paths relative to root) together with the project's .wxs modules. */
export function wcc(root: string, wxmlFiles: string[], wxsFiles: string[]): CompileResult {
  return run('wcc', ['-d', '-cc', '0', ...wxmlFiles, ...wxsFiles, '-gn', '$gwx'], root)
}

/** @import targets of a WXSS file, relative to root, transitively. */
export function wxssClosure(root: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return []
  seen.add(file)
  const source = fs.readFileSync(path.join(root, file), 'utf8')
  for (const match of source.matchAll(/@import\s+["']([^"']+)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]))
    if (fs.existsSync(path.join(root, target))) wxssClosure(root, target, seen)
  }
  return [...seen]
}

/** Compiles one WXSS file; its @import closure is passed along as wcsc requires. */
export function wcsc(root: string, file: string): CompileResult {
  return run('wcsc', ['-db', '-pc', '0', ...wxssClosure(root, file)], root)
}
