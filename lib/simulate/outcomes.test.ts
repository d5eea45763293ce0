/**
 * Simulator outcomes the exercise grader relies on (lessons/exercises): each test names the
 * BuildKit behaviour it pins down.
 */
import { describe, expect, it } from 'vitest'
import { contextFromFiles } from '@/lib/context/build'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { simulateBuild } from './build'

const context = contextFromFiles({
  'package.json': JSON.stringify({ name: 'app', scripts: { build: 'tsc' }, dependencies: { express: '4.21.2' }, devDependencies: { typescript: '5.6.3' } }),
  'src/index.ts': 'console.log(1)\n',
})

function finalFs(dockerfile: string) {
  const result = simulateBuild({ model: parseDockerfile(dockerfile), context })
  return result.stages[result.target!]!.fs
}

describe('COPY --from=<stage> <directory>', () => {
  const build = 'FROM node:20-slim AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n'

  it('copies the directory\'s contents into the destination, not the directory itself', () => {
    const fs = finalFs(`${build}FROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\n`)
    expect(fs.get('/app/dist')?.tags).toContain('build-output')
    expect(fs.has('/app/dist/dist')).toBe(false)
  })

  it('puts the contents straight into an existing destination directory', () => {
    const fs = finalFs(`${build}FROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n`)
    expect(fs.get('/usr/share/nginx/html')?.copiedFrom?.path).toBe('/app/dist')
  })

  it('keeps files named by the source at the destination path', () => {
    const fs = finalFs(`${build}FROM node:20-slim\nCOPY --from=build /app/package.json /srv/package.json\n`)
    expect(fs.get('/srv/package.json')?.kind).toBe('file')
  })
})

describe('RUN with a cache mount', () => {
  const cargo = contextFromFiles({ 'Cargo.toml': '[package]\nname = "quotes-api"\nversion = "0.1.0"\n', 'src/main.rs': 'fn main() {}\n' })
  const fsOf = (dockerfile: string) => {
    const result = simulateBuild({ model: parseDockerfile(dockerfile), context: cargo })
    return result.stages[result.target!]!.fs
  }
  const build = 'FROM rust:1.83-slim\nWORKDIR /app\nCOPY . .\nRUN --mount=type=cache,target=/app/target cargo build --release'

  it('keeps what the RUN writes under the mount out of the layer', () => {
    const fs = fsOf(`${build}\n`)
    expect(fs.has('/app/target')).toBe(false)
    expect(fs.has('/app/target/release/quotes-api')).toBe(false)
  })

  it('lets the same RUN copy a file out of the mount (cp target/release/app /usr/local/bin/app)', () => {
    const fs = fsOf(`${build} && cp target/release/quotes-api /usr/local/bin/quotes-api\n`)
    expect(fs.get('/usr/local/bin/quotes-api')?.tags).toContain('binary')
  })

  it('reads a cp destination ending in / as a directory', () => {
    const fs = fsOf(`${build} && cp target/release/quotes-api /usr/local/bin/\n`)
    expect(fs.get('/usr/local/bin/quotes-api')?.kind).toBe('file')
    expect(fs.has('/usr/local/bin')).toBe(false)
  })
})
