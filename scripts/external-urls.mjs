#!/usr/bin/env node
// Finds URLs in the exported site (out/) that would make a visitor's browser contact another host.
// The course must work offline and without third parties, so the build may not load anything from
// a CDN or font host. Links a visitor clicks (<a href="https://docs.docker.com/…">) are fine and are
// not reported. Usage: node scripts/external-urls.mjs [out]
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Hosts that only ever serve code, styles or fonts: any mention of them in the build is a bug. */
export const cdnHosts = [
  'cdn.jsdelivr.net',
  'fastly.jsdelivr.net',
  'unpkg.com',
  'cdnjs.cloudflare.com',
  'esm.sh',
  'esm.run',
  'cdn.skypack.dev',
  'ga.jspm.io',
  'jspm.dev',
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'ajax.googleapis.com',
  'use.typekit.net',
  'use.fontawesome.com',
  'kit.fontawesome.com',
  'code.jquery.com',
  'stackpath.bootstrapcdn.com',
  'maxcdn.bootstrapcdn.com',
  'cdn.tailwindcss.com',
  'rsms.me',
  'www.googletagmanager.com',
  'www.google-analytics.com',
]

/**
 * Known inert mentions of a CDN host that never load. Each entry needs a reason; add one only when a
 * dependency leaves no choice and no post-build step can remove it (Monaco's loader default is removed
 * by scripts/strip-cdn-defaults.mjs). The e2e offline guard (e2e/fixtures.ts) still fails any test in
 * which such a URL is actually requested.
 * @type {{ file: RegExp, url: RegExp, reason: string }[]}
 */
export const allowedMentions = []

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** True for absolute (http, https, ws, wss) or protocol-relative URLs that point at another host. */
export function isExternal(url) {
  const value = url.trim()
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value)) return false
  if (/^(?:[a-z][a-z0-9+.-]*:)/i.test(value) && !/^(?:https?|wss?):/i.test(value)) return false
  try {
    return !LOCAL_HOSTS.has(new URL(value, 'http://127.0.0.1/').hostname)
  } catch {
    return true // unparsable but absolute-looking: report it rather than miss it
  }
}

// Elements and the attributes whose URLs the browser fetches on its own (no click needed).
const LOADABLE = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  base: ['href'],
}
// <link> loads for every rel except these purely navigational ones.
const NAVIGATIONAL_LINK_RELS = new Set(['alternate', 'canonical', 'author', 'license', 'help', 'prev', 'next', 'me', 'bookmark', 'search'])

function attributes(tag) {
  const attrs = {}
  for (const [, name, dq, sq, bare] of tag.matchAll(/\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[name.toLowerCase()] = dq ?? sq ?? bare ?? ''
  }
  return attrs
}

const decodeEntities = (value) => value.replace(/&amp;/g, '&').replace(/&#x2F;/gi, '/').replace(/&#47;/g, '/')

function urlsInSrcset(value) {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)
}

/** External URLs loaded by CSS: url(…) and @import. */
export function externalCssUrls(css) {
  const found = []
  for (const [, dq, sq, bare] of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    const url = dq ?? sq ?? bare ?? ''
    if (isExternal(url)) found.push(url)
  }
  for (const [, dq, sq] of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    const url = dq ?? sq ?? ''
    if (isExternal(url)) found.push(url)
  }
  return found
}

/** External URLs an HTML document loads by itself: loadable attributes, inline styles, <style>, meta refresh. */
export function externalHtmlUrls(html) {
  const found = []
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
  for (const [tag, rawName] of withoutComments.matchAll(/<([a-z][a-z0-9:-]*)\b[^>]*>/gi)) {
    const name = rawName.toLowerCase()
    const attrs = attributes(tag)
    const candidates = []
    if (name === 'link') {
      const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean)
      if (!rels.every((rel) => NAVIGATIONAL_LINK_RELS.has(rel)) || rels.length === 0) candidates.push(attrs.href ?? '')
      if (attrs.imagesrcset) candidates.push(...urlsInSrcset(attrs.imagesrcset))
    }
    for (const attr of LOADABLE[name] ?? []) {
      const value = attrs[attr]
      if (value === undefined) continue
      candidates.push(...(attr === 'srcset' ? urlsInSrcset(value) : [value]))
    }
    if (name === 'meta' && (attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'";]+)/i.exec(attrs.content ?? '')?.[1]
      if (target) candidates.push(target)
    }
    if (attrs.style) found.push(...externalCssUrls(decodeEntities(attrs.style)))
    found.push(...candidates.map(decodeEntities).filter(isExternal))
  }
  for (const [, css] of withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) found.push(...externalCssUrls(css))
  return found
}

/** External URLs that script code loads directly: fetch/import/importScripts/Worker/EventSource/WebSocket/sendBeacon("…"). */
export function externalScriptUrls(js) {
  const found = []
  const call = /\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon)\s*\(\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)/g
  for (const [, dq, sq, bt] of js.matchAll(call)) {
    const url = dq ?? sq ?? bt ?? ''
    if (isExternal(url)) found.push(url)
  }
  return found
}

/** Any mention of a CDN or font host, wherever it appears in the text. */
export function cdnMentions(text) {
  const found = []
  for (const host of cdnHosts) {
    const pattern = new RegExp(`(?:https?:|wss?:)?//(?:[a-z0-9-]+\\.)*${host.replace(/\./g, '\\.')}(?![a-z0-9.-])[^\\s"'\`)<>]*`, 'gi')
    for (const [url] of text.matchAll(pattern)) found.push(url)
  }
  return found
}

const TEXT_EXTENSIONS = new Set(['.html', '.htm', '.js', '.mjs', '.cjs', '.css', '.txt', '.json', '.svg', '.xml', '.webmanifest', '.map'])

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(full)
    else yield full
  }
}

/**
 * Scans every text file under `outDir`.
 * @returns {{ file: string, url: string, kind: 'html' | 'css' | 'script' | 'cdn' }[]} findings, relative paths
 */
export function scanSite(outDir) {
  const findings = []
  for (const file of walk(outDir)) {
    const ext = path.extname(file).toLowerCase()
    if (!TEXT_EXTENSIONS.has(ext)) continue
    const text = readFileSync(file, 'utf8')
    const rel = path.relative(outDir, file)
    const add = (kind, urls) => urls.forEach((url) => findings.push({ file: rel, url, kind }))
    if (ext === '.html' || ext === '.htm' || ext === '.svg') add('html', externalHtmlUrls(text))
    if (ext === '.css') add('css', externalCssUrls(text))
    if (ext === '.js' || ext === '.mjs' || ext === '.cjs') add('script', externalScriptUrls(text))
    if (ext === '.html') {
      for (const [, inline] of text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) add('script', externalScriptUrls(inline))
    }
    add('cdn', cdnMentions(text))
  }
  const unique = new Map(findings.map((f) => [`${f.file}\n${f.kind}\n${f.url}`, f]))
  return [...unique.values()].filter((f) => !allowedMentions.some((a) => a.file.test(f.file) && a.url.test(f.url)))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? 'out')
  const findings = scanSite(outDir)
  for (const f of findings) console.log(`${f.file}: ${f.kind}: ${f.url}`)
  console.log(findings.length === 0 ? `No external loads or CDN/font URLs in ${outDir}` : `${findings.length} finding(s)`)
  if (findings.length > 0) process.exitCode = 1
}
