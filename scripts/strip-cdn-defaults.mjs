#!/usr/bin/env node
// Post-build step: @monaco-editor/react's loader ships a default jsDelivr path for Monaco. The lab
// always configures the loader with the local package first, so that path is dead code; removing it
// keeps out/ free of any CDN URL (README.md, "Security"). Usage: node scripts/strip-cdn-defaults.mjs out
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const CDN_DEFAULT = /https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[\d.]+\/min\/vs/g
/** A same-origin path that does not exist: if the default were ever used, it fails locally. */
export const REPLACEMENT = '/monaco-cdn-default-removed'

export function stripCdnDefaults(dir) {
  let files = 0
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.js')) {
        const text = readFileSync(full, 'utf8')
        if (!CDN_DEFAULT.test(text)) continue
        CDN_DEFAULT.lastIndex = 0
        writeFileSync(full, text.replace(CDN_DEFAULT, REPLACEMENT))
        files++
      }
    }
  }
  walk(dir)
  return files
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'out')
  const files = stripCdnDefaults(path.join(dir, '_next'))
  console.log(`Removed Monaco's unused CDN default from ${files} file(s).`)
}
