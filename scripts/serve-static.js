#!/usr/bin/env node
// Serves a built H5 folder on 127.0.0.1 (npm start, e2e tests). Usage: serve-static.js DIR [PORT]
const http = require('node:http')
const fs = require('node:fs')
const path = require('node:path')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
}

/** The decoded path, or null for a bad escape (`/%`, `/%zz`) or an encoded NUL. */
function decodedPath(url) {
  try {
    const decoded = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname)
    return decoded.includes('\0') ? null : decoded
  } catch {
    return null
  }
}

/** Inside the root itself: `dist/h5-http` is not inside `dist/h5` although it starts like it. */
function isInside(base, file) {
  const relative = path.relative(base, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function createStaticServer(root) {
  const base = path.resolve(root)
  return http.createServer((req, res) => {
    const urlPath = decodedPath(req.url ?? '/')
    if (urlPath === null) {
      res.writeHead(400).end()
      return
    }
    let file = path.join(base, urlPath)
    if (!isInside(base, file)) {
      res.writeHead(403).end()
      return
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory())
      file = path.join(base, 'index.html')
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    fs.createReadStream(file).pipe(res)
  })
}

module.exports = { createStaticServer }

if (require.main === module) {
  const dir = process.argv[2] ?? 'dist/h5'
  const port = Number(process.argv[3] ?? process.env.PORT ?? 10086)
  createStaticServer(dir).listen(port, '127.0.0.1', () => {
    console.log(`H5 app (built-in backend): http://127.0.0.1:${port}/`)
  })
}
