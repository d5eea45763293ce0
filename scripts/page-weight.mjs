#!/usr/bin/env node
// Initial JavaScript per page of the exported site, gzipped: the scripts a browser fetches on first
// load, read from each page's HTML <script src> tags. `noModule` polyfills are excluded because
// modern browsers skip them. Usage: node scripts/page-weight.mjs [out]
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/** Budget for a lesson page's initial JS, gzipped (issue 2 acceptance). */
export const LESSON_BUDGET_BYTES = 150 * 1000

/** `src` of every classic or module <script> in the HTML, skipping `nomodule` ones. Order kept, no duplicates. */
export function initialScriptSources(html) {
  const sources = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\snomodule(?:[\s=>]|$)/i.test(tag)) continue
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
    const value = src?.[1] ?? src?.[2] ?? src?.[3]
    if (value && !sources.includes(value)) sources.push(value)
  }
  return sources
}

/** `href` of stylesheets and preloaded fonts in the HTML: loaded on first paint too, so reported alongside JS. */
export function initialAssetSources(html) {
  const css = []
  const fonts = []
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
    const value = href?.[1] ?? href?.[2] ?? href?.[3]
    if (!value) continue
    if (/\srel\s*=\s*["']?stylesheet/i.test(tag) && !css.includes(value)) css.push(value)
    else if (/\sas\s*=\s*["']?font/i.test(tag) && !fonts.includes(value)) fonts.push(value)
  }
  return { css, fonts }
}

/** Gzipped size (level 9) of each initial script of `htmlFile`, resolved against the site root `outDir`. */
export function pageWeight(outDir, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8')
  const scripts = initialScriptSources(html).map((src) => {
    const url = new URL(src, 'http://127.0.0.1/')
    if (url.host !== '127.0.0.1') throw new Error(`${htmlFile} loads a script from another host: ${src}`)
    const body = readFileSync(path.join(outDir, decodeURIComponent(url.pathname)))
    return { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }
  })
  const assets = initialAssetSources(html)
  const sizeOf = (src) => {
    const body = readFileSync(path.join(outDir, decodeURIComponent(new URL(src, 'http://127.0.0.1/').pathname)))
    return { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }
  }
  const css = assets.css.map(sizeOf)
  const fonts = assets.fonts.map(sizeOf)
  return {
    page: path.relative(outDir, htmlFile),
    scripts,
    raw: scripts.reduce((sum, s) => sum + s.raw, 0),
    gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
    cssGzip: css.reduce((sum, s) => sum + s.gzip, 0),
    // Fonts are already compressed (woff2): their bytes on the wire are their raw size.
    fontBytes: fonts.reduce((sum, s) => sum + s.raw, 0),
  }
}

/** The pages we track: both homes and every lesson page in every locale. */
export function trackedPages(outDir) {
  const pages = []
  for (const locale of ['es', 'en']) {
    pages.push(path.join(outDir, locale, 'index.html'))
    for (const id of lessonDirs(path.join(outDir, locale, 'lessons'))) pages.push(path.join(outDir, locale, 'lessons', id, 'index.html'))
  }
  return pages
}

function lessonDirs(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  } catch {
    return []
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? 'out')
  const results = trackedPages(outDir).map((file) => pageWeight(outDir, file))
  const width = Math.max(...results.map((r) => r.page.length))
  console.log(`${'page'.padEnd(width)}  scripts  initial JS (gzip)  raw        CSS (gzip)  fonts`)
  for (const r of results) {
    console.log(`${r.page.padEnd(width)}  ${String(r.scripts.length).padStart(7)}  ${kB(r.gzip).padStart(17)}  ${kB(r.raw).padEnd(9)}  ${kB(r.cssGzip).padStart(10)}  ${kB(r.fontBytes)}`)
  }
  const over = results.filter((r) => r.page.includes(`${path.sep}lessons${path.sep}`) && r.gzip > LESSON_BUDGET_BYTES)
  if (over.length > 0) {
    console.error(`Over the ${kB(LESSON_BUDGET_BYTES)} lesson budget: ${over.map((r) => r.page).join(', ')}`)
    process.exitCode = 1
  }
}
