#!/usr/bin/env node
// `npm start`: builds the static site into out/ when it is missing or older than its sources,
// then serves it on http://127.0.0.1:3000 (PORT overrides) with scripts/serve.mjs.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { applyCspToSite } from './csp.mjs'
import { stripCdnDefaults } from './strip-cdn-defaults.mjs'
import { serve } from './serve.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'out')
const builtMarker = path.join(out, 'index.html')

/** Everything the build reads. Tests and e2e specs are left out: changing them needs no rebuild. */
const inputs = [
  'app',
  'components',
  'lessons',
  'lib',
  'public',
  'mdx-components.tsx',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/csp.mjs',
  'scripts/strip-cdn-defaults.mjs',
]

function newestMtime(entry) {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stats.mtimeMs
  let newest = 0
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

function staleReason() {
  if (!existsSync(builtMarker)) return 'out/ has no build yet'
  const built = statSync(builtMarker).mtimeMs
  const changed = inputs.find((input) => newestMtime(path.join(root, input)) > built)
  return changed ? `${changed} changed since the last build` : null
}

const reason = staleReason()
if (reason) {
  console.log(`Building the site (${reason})…`)
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
  const result = spawnSync(process.execPath, [next, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    console.error('The build failed; see the output above.')
    process.exit(result.status ?? 1)
  }
  // The same post-build steps as `npm run build` (README.md, "Security").
  stripCdnDefaults(path.join(out, '_next'))
  const { problems } = applyCspToSite(out)
  if (problems.length > 0) {
    console.error(`Content-Security-Policy: markup no policy allows:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
} else {
  console.log('out/ is up to date; skipping the build.')
}

const port = Number(process.env.PORT ?? 3000)
const { url } = await serve(out, port).catch((error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use; try PORT=3001 npm start.` : error.message)
  process.exit(1)
})
console.log(`\nStagecraft is running at ${url}  (Ctrl+C to stop)`)
