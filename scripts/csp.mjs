#!/usr/bin/env node
// Content-Security-Policy for the exported site. Runs after `next build` (npm run build):
//   node scripts/csp.mjs [out]
// For every HTML page it hashes each inline <script> (Next's bootstrap and RSC payload, the theme
// script, the `/` language redirect) and writes a per-page policy as the first thing after
// <meta charset> in <head>:
//   <meta http-equiv="Content-Security-Policy" content="… script-src 'self' 'sha256-…' …">
// so only the scripts the build produced run, and no injected inline script or event handler does.
// docker/nginx.conf sends HEADER_POLICY as a header on every response too: `frame-ancestors` only
// works in a header, and with both policies a script must pass both. README.md ("Security")
// explains each directive. The run fails if a page carries an inline event handler or a
// javascript: URL, which no policy here allows.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Directives every page shares; script-src gets the page's hashes. */
export const BASE_DIRECTIVES = [
  ["default-src", "'self'"],
  // Tailwind's classes are in a stylesheet, but React writes style="" attributes (the lab's
  // splitter, sizes) and Monaco injects <style> elements at runtime: neither can be hashed.
  ["style-src", "'self' 'unsafe-inline'"],
  // Monaco's CSS uses a few data: SVG icons; no remote images anywhere.
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  // Only same-origin fetches: Next's RSC payloads (*.txt) on client navigation.
  ["connect-src", "'self'"],
  // Monaco's editor worker is a bundled module under /_next/static; blob: covers bundlers that
  // bootstrap a worker through a blob: URL.
  ["worker-src", "'self' blob:"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
  ["frame-src", "'none'"],
  ["manifest-src", "'self'"],
]

/** The header policy (docker/nginx.conf): the same directives, inline scripts by 'unsafe-inline' (the
 *  per-page meta policy restricts them to hashes), plus the header-only frame-ancestors. */
export const HEADER_POLICY = [
  ["default-src", "'self'"],
  ["script-src", "'self' 'unsafe-inline'"],
  ...BASE_DIRECTIVES.slice(1),
  ["frame-ancestors", "'none'"],
]
  .map(([name, value]) => `${name} ${value}`)
  .join('; ')

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/gi

export function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** Hash sources for every inline script (no src attribute), in order, without duplicates. */
export function inlineScriptHashes(html) {
  const hashes = []
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue
    const hash = sha256(body)
    if (!hashes.includes(hash)) hashes.push(hash)
  }
  return hashes
}

export function pagePolicy(hashes) {
  return [["default-src", "'self'"], ["script-src", ["'self'", ...hashes].join(' ')], ...BASE_DIRECTIVES.slice(1)]
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

/** Markup no policy here would allow to run; the build fails if a page has any. */
export function unsafeMarkup(html) {
  const problems = []
  // Attributes of tags only (not text, not script bodies): on*="…" handlers and javascript: URLs.
  const markup = html.replace(INLINE_SCRIPT, '<script$1></script>')
  for (const [tag] of markup.matchAll(/<[a-z][^<>]*>/gi)) {
    if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`inline event handler: ${tag.slice(0, 80)}`)
    if (/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) problems.push(`javascript: URL: ${tag.slice(0, 80)}`)
  }
  return problems
}

/** The page with its policy meta (replacing any previous one), right after <meta charset>. */
export function applyCsp(html) {
  const clean = html.replace(CSP_META, '')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(clean))}"/>`
  const charset = /<meta charSet="utf-8"\s*\/?>/i.exec(clean)
  if (charset) return clean.slice(0, charset.index + charset[0].length) + meta + clean.slice(charset.index + charset[0].length)
  const head = /<head\b[^>]*>/i.exec(clean)
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in')
  return clean.slice(0, head.index + head[0].length) + meta + clean.slice(head.index + head[0].length)
}

function htmlFiles(dir) {
  const files = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...htmlFiles(full))
    else if (entry.name.endsWith('.html')) files.push(full)
  }
  return files
}

export function applyCspToSite(outDir) {
  const problems = []
  const files = htmlFiles(outDir)
  for (const file of files) {
    const html = readFileSync(file, 'utf8')
    for (const p of unsafeMarkup(html)) problems.push(`${path.relative(outDir, file)}: ${p}`)
    writeFileSync(file, applyCsp(html))
  }
  return { files: files.length, problems }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? 'out')
  const { files, problems } = applyCspToSite(outDir)
  if (problems.length > 0) {
    console.error(`Content-Security-Policy: markup no policy allows:\n  ${problems.join('\n  ')}`)
    process.exitCode = 1
  } else console.log(`Content-Security-Policy written into ${files} pages.`)
}
