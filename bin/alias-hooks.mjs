// Module resolution hook for the CLI: maps the project's `@/…` import alias to files in this package.
// tsx applies tsconfig paths only outside node_modules, so an installed copy needs this.
import { statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

let root = ''

export function initialize(data) {
  root = data.root
}

function isFile(file) {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('@/')) {
    const base = path.join(root, specifier.slice(2))
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, `${base}.js`, path.join(base, 'index.ts')]) {
      if (isFile(candidate)) return nextResolve(pathToFileURL(candidate).href, context)
    }
  }
  return nextResolve(specifier, context)
}
