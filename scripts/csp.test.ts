import { createHash } from 'node:crypto'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCsp, applyCspToSite, HEADER_POLICY, inlineScriptHashes, pagePolicy, unsafeMarkup } from './csp.mjs'

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/><title>x</title>${head}</head><body>${body}</body></html>`
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `))

describe('Content-Security-Policy', () => {
  it('hashes inline scripts only, once each', () => {
    const html = page('<script src="/_next/a.js" async=""></script><script>theme()</script>', '<script id="_R_">boot()</script><script>theme()</script>')
    expect(inlineScriptHashes(html)).toEqual([hashOf('theme()'), hashOf('boot()')])
  })

  it('puts the policy right after <meta charset>, replacing an older one', () => {
    const once = applyCsp(page('<script>theme()</script>'))
    expect(once).toMatch(/^<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><title>/)
    const twice = applyCsp(once)
    expect(twice).toBe(once)
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1)
  })

  it('allows only hashed inline scripts and same-origin everything else', () => {
    const policy = pagePolicy([hashOf('x')])
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${hashOf('x')}`)
    expect(policy).not.toMatch(/unsafe-eval/)
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'")
    expect(directive(policy, 'object-src')).toBe("object-src 'none'")
    expect(directive(policy, 'base-uri')).toBe("base-uri 'self'")
    expect(directive(policy, 'worker-src')).toBe("worker-src 'self' blob:")
    // frame-ancestors is ignored in a <meta> policy: it lives in the header only.
    expect(policy).not.toMatch(/frame-ancestors/)
    expect(directive(HEADER_POLICY, 'frame-ancestors')).toBe("frame-ancestors 'none'")
  })

  it('ships the same header in docker/nginx.conf', () => {
    const conf = readFileSync(path.join(import.meta.dirname, '..', 'docker', 'nginx.conf'), 'utf8')
    expect(conf).toContain(`add_header Content-Security-Policy "${HEADER_POLICY}" always;`)
  })

  it('finds inline event handlers and javascript: URLs in markup, not in text or scripts', () => {
    expect(unsafeMarkup(page('', '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>'))).toHaveLength(2)
    expect(unsafeMarkup(page('<script>if(a<b&&c>d){x.onload=1}</script>', '<pre>&lt;img src=x onerror=alert(1)&gt;</pre>'))).toEqual([])
  })

  it('rewrites every page of a site', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'csp-'))
    mkdirSync(path.join(out, 'es'))
    writeFileSync(path.join(out, 'index.html'), page('<script>go()</script>'))
    writeFileSync(path.join(out, 'es', 'index.html'), page('', '<script>boot()</script>'))
    expect(applyCspToSite(out)).toEqual({ files: 2, problems: [] })
    expect(readFileSync(path.join(out, 'es', 'index.html'), 'utf8')).toContain(hashOf('boot()'))
  })
})
