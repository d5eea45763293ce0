#!/usr/bin/env node
// Tiny dependency-free static server for the exported site (out/), bound to 127.0.0.1.
// Usage: node scripts/serve.mjs [dir=out]   (PORT env, default 3000)
// Serves dir/index.html for directory paths, redirects /path to /path/ like a static host,
// and answers unknown paths with 404.html and status 404.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export function contentType(file) {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

async function isDirectory(file) {
  try {
    return (await stat(file)).isDirectory()
  } catch {
    return false
  }
}

/** Creates (does not start) the server for `root`. */
export function createStaticServer(root) {
  const base = path.resolve(root)
  return createServer(async (req, res) => {
    const send = (status, file, headers = {}) => {
      res.writeHead(status, {
        'Content-Type': contentType(file),
        'X-Content-Type-Options': 'nosniff',
        // Hashed build assets never change; everything else is revalidated.
        'Cache-Control': file.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...headers,
      })
      if (req.method === 'HEAD') return res.end()
      createReadStream(file).pipe(res)
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      return res.end('Method Not Allowed\n')
    }

    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    } catch {
      pathname = null // malformed percent-encoding
    }
    const file = pathname === null || pathname.includes('\0') ? null : path.join(base, pathname)
    // path.join normalizes "..", so anything outside the root is a traversal attempt.
    if (file && (file === base || file.startsWith(base + path.sep))) {
      if (pathname.endsWith('/')) {
        const index = path.join(file, 'index.html')
        if (await isFile(index)) return send(200, index)
      } else if (await isFile(file)) {
        return send(200, file)
      } else if (await isDirectory(file)) {
        const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''
        res.writeHead(308, { Location: `${encodeURI(pathname)}/${query}` })
        return res.end()
      }
    }

    const notFound = path.join(base, '404.html')
    if (await isFile(notFound)) return send(404, notFound)
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Not Found\n')
  })
}

/** Starts serving `root` on 127.0.0.1; resolves with the URL once listening. */
export function serve(root, port = Number(process.env.PORT ?? 3000)) {
  const server = createStaticServer(root)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/` })
    })
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'out'
  if (!(await isFile(path.join(root, 'index.html')))) {
    console.error(`No site in ${path.resolve(root)}: run "npm run build" first (or "npm start", which builds when needed).`)
    process.exit(1)
  }
  const { url } = await serve(root).catch((error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${process.env.PORT ?? 3000} is already in use; set PORT to use another one.` : error.message)
    process.exit(1)
  })
  console.log(`Serving ${root}/ at ${url}`)
}
