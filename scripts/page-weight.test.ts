import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { initialScriptSources, pageWeight } from './page-weight.mjs'

describe('initialScriptSources', () => {
  it('lists external scripts in order, once, and skips noModule polyfills and inline scripts', () => {
    const html = `<script src="/a.js" async=""></script><script>inline()</script><script src='/b.js' type="module"></script>
      <script src="/polyfills.js" noModule=""></script><script src="/a.js"></script><link rel="preload" as="script" href="/c.js">`
    expect(initialScriptSources(html)).toEqual(['/a.js', '/b.js'])
  })
})

describe('pageWeight', () => {
  it('sums the gzipped size of the scripts a page loads', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'weight-'))
    mkdirSync(path.join(out, 'es'))
    const a = 'console.log("a");'.repeat(200)
    const b = 'export const b = 1;'
    writeFileSync(path.join(out, 'a.js'), a)
    writeFileSync(path.join(out, 'b.js'), b)
    writeFileSync(path.join(out, 'es', 'index.html'), '<script src="/a.js"></script><script src="/b.js?v=1"></script><script src="/a.js" nomodule></script>')
    const result = pageWeight(out, path.join(out, 'es', 'index.html'))
    expect(result.scripts.map((s) => s.src)).toEqual(['/a.js', '/b.js?v=1'])
    expect(result.gzip).toBe(gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length)
    expect(result.raw).toBe(a.length + b.length)
  })
})
