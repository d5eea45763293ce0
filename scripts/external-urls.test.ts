import { describe, expect, it } from 'vitest'
import { cdnMentions, externalCssUrls, externalHtmlUrls, externalScriptUrls, isExternal } from './external-urls.mjs'

describe('isExternal', () => {
  it('flags absolute and protocol-relative URLs to other hosts', () => {
    expect(isExternal('https://cdn.jsdelivr.net/npm/x')).toBe(true)
    expect(isExternal('//fonts.googleapis.com/css')).toBe(true)
    expect(isExternal('wss://example.com/socket')).toBe(true)
  })

  it('accepts same-origin, local and non-network URLs', () => {
    for (const url of ['/_next/static/a.js', 'a.css', 'http://127.0.0.1:4173/x', 'http://localhost/x', 'data:image/png;base64,AA', '#main', 'mailto:a@b.c']) {
      expect(isExternal(url), url).toBe(false)
    }
  })
})

describe('externalHtmlUrls', () => {
  it('reports resources the page loads by itself', () => {
    const html = `
      <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
      <link rel="preconnect" href="https://fonts.gstatic.com">
      <script src="https://unpkg.com/react"></script>
      <img src="/logo.svg" srcset="/a.png 1x, https://images.example.com/a@2x.png 2x">
      <div style="background: url('https://example.com/bg.png')"></div>
      <iframe src="https://www.youtube.com/embed/x"></iframe>`
    expect(externalHtmlUrls(html)).toEqual([
      'https://fonts.googleapis.com/css2?family=Inter',
      'https://fonts.gstatic.com',
      'https://unpkg.com/react',
      'https://images.example.com/a@2x.png',
      'https://example.com/bg.png',
      'https://www.youtube.com/embed/x',
    ])
  })

  it('ignores links a visitor would have to click, and navigational <link>s', () => {
    const html = `
      <a href="https://docs.docker.com/build/cache/">Docker docs</a>
      <link rel="canonical" href="https://stagecraft.example/es/">
      <link rel="alternate" hreflang="en" href="https://stagecraft.example/en/">
      <!-- <script src="https://cdn.example.com/commented-out.js"></script> -->
      <script src="/_next/static/chunks/app.js"></script>`
    expect(externalHtmlUrls(html)).toEqual([])
  })
})

describe('externalCssUrls', () => {
  it('reports url() and @import pointing elsewhere, not local fonts', () => {
    const css = `@import "https://fonts.googleapis.com/css?family=X"; @font-face{src:url(/_next/static/media/geist.woff2) format("woff2")} .a{background:url("//cdn.example.com/x.png")}`
    expect(externalCssUrls(css)).toEqual(['//cdn.example.com/x.png', 'https://fonts.googleapis.com/css?family=X'])
  })
})

describe('externalScriptUrls', () => {
  it('reports direct loads and ignores URLs that are just strings (error pages, docs)', () => {
    const js = `fetch("https://api.example.com/x");import('https://esm.sh/react');new Worker("/w.js");const docs="https://react.dev/errors/418"`
    expect(externalScriptUrls(js)).toEqual(['https://api.example.com/x', 'https://esm.sh/react'])
  })
})

describe('cdnMentions', () => {
  it('finds CDN and font hosts anywhere, including bare default configs', () => {
    const js = `const defaults={paths:{vs:"https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/min/vs"}}`
    expect(cdnMentions(js)).toEqual(['https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/min/vs'])
  })

  it('does not confuse look-alike hosts or prose links', () => {
    expect(cdnMentions('see https://unpkg.company.example/x and https://docs.docker.com/')).toEqual([])
  })
})
