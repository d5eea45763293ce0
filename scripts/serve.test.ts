import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from './serve.mjs'

let server: Server
let base: string

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'serve-'))
  mkdirSync(path.join(root, 'es', 'lessons', 'capas'), { recursive: true })
  mkdirSync(path.join(root, '_next', 'static'), { recursive: true })
  writeFileSync(path.join(root, 'index.html'), '<h1>root</h1>')
  writeFileSync(path.join(root, '404.html'), '<h1>not found</h1>')
  writeFileSync(path.join(root, 'es', 'lessons', 'capas', 'index.html'), '<h1>capas</h1>')
  writeFileSync(path.join(root, '_next', 'static', 'app.js'), 'export {}')
  writeFileSync(path.join(root, 'worker.mjs'), 'export {}')
  writeFileSync(path.join(root, 'engine.wasm'), Buffer.from([0, 97, 115, 109]))
  writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'outside the root')
  ;({ server, url: base } = await serve(root, 0))
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (pathname: string, init?: RequestInit) => fetch(new URL(pathname, base), { redirect: 'manual', ...init })

/** A raw request: unlike fetch, it sends the path exactly as written (no ".." normalization). */
function rawGet(pathname: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('scripts/serve.mjs', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(base).hostname).toBe('127.0.0.1')
  })

  it('serves dir/index.html for trailing-slash paths', async () => {
    const res = await get('/es/lessons/capas/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await res.text()).toBe('<h1>capas</h1>')
  })

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const res = await get('/es/lessons/capas?x=1')
    expect(res.status).toBe(308)
    expect(res.headers.get('location')).toBe('/es/lessons/capas/?x=1')
  })

  it('sends the MIME types module scripts and WebAssembly need', async () => {
    expect((await get('/_next/static/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await get('/worker.mjs')).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await get('/engine.wasm')).headers.get('content-type')).toBe('application/wasm')
  })

  it('caches hashed build assets for good and revalidates pages', async () => {
    expect((await get('/_next/static/app.js')).headers.get('cache-control')).toContain('immutable')
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache')
  })

  it('answers unknown paths with 404.html and status 404', async () => {
    const res = await get('/es/lessons/nope/')
    expect(res.status).toBe(404)
    expect(await res.text()).toBe('<h1>not found</h1>')
  })

  it('never serves files outside its root', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/es/..%2f..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/%E0%A4%A']) {
      const res = await rawGet(attempt)
      expect(res.status, attempt).toBe(404)
      expect(res.body, attempt).not.toContain('outside the root')
    }
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('/', { method: 'POST' })).status).toBe(405)
  })
})
