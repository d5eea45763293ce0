/**
 * The what-if rules (cache.ts header): each BuildKit behaviour has a named case.
 */
import { describe, expect, it } from 'vitest'
import { contextFromFiles, type ContextChange } from '@/lib/context/build'
import type { BuildContext } from '@/lib/context/types'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { simulateBuild } from './build'
import { progressLog, renderProgress, whatIf, type CacheStepResult } from './cache'
import { rebuild } from './index'

const context = contextFromFiles({
  'package.json': '{"name":"app","dependencies":{"express":"4"}}',
  'package-lock.json': '{}',
  'src/index.js': 'console.log(1)',
  'README.md': '# app',
  Dockerfile: 'placeholder',
  '.git/HEAD': 'ref: refs/heads/main',
})

interface Second {
  change?: ContextChange
  buildArgs?: Record<string, string>
  dockerfile?: string
  target?: string | null
}

function steps(first: string, second: Second = {}, ctx: BuildContext | null = context, firstArgs?: Record<string, string>): CacheStepResult[] {
  return rebuild({ model: parseDockerfile(first), context: ctx, buildArgs: firstArgs }, second).whatIf.steps
}

/** `line status reason` for every step. */
function table(result: CacheStepResult[]): string[] {
  return result.map((s) => `${s.line} ${s.status} ${s.reason}`)
}

const NODE = [
  'FROM node:20-alpine', //           1
  'WORKDIR /app', //                   2
  'COPY package*.json ./', //          3
  'RUN npm ci', //                     4
  'COPY src ./src', //                 5
  'RUN node src/index.js --check', //  6
  'LABEL version=1', //                7
  'CMD ["node", "src/index.js"]', //   8
].join('\n')

describe('what-if: hits', () => {
  it('an identical rebuild hits every step', () => {
    expect(table(steps(NODE))).toEqual([
      '1 hit cached', '2 hit cached', '3 hit cached', '4 hit cached', '5 hit cached', '6 hit cached', '7 hit metadata-only', '8 hit metadata-only',
    ])
  })

  it('editing a file no instruction copies changes nothing', () => {
    expect(steps(NODE, { change: { modified: ['README.md'] } }).every((s) => s.status === 'hit')).toBe(true)
  })

  it('mtime is ignored: a context with the same content hits', () => {
    const same = contextFromFiles(Object.fromEntries(context.files.map((f) => [f.path, f.content ?? ''])))
    const first = simulateBuild({ model: parseDockerfile(NODE), context })
    const second = simulateBuild({ model: parseDockerfile(NODE), context: same })
    expect(whatIf(first, second).misses).toBe(0)
  })
})

describe('what-if: source files', () => {
  it('a changed source misses at the COPY that copies it, naming the file, and every later step misses', () => {
    const r = steps(NODE, { change: { modified: ['src/index.js'] } })
    expect(table(r)).toEqual([
      '1 hit cached', '2 hit cached', '3 hit cached', '4 hit cached', '5 miss source-files-changed', '6 miss parent-missed', '7 hit metadata-only', '8 hit metadata-only',
    ])
    expect(r[4]!.files).toEqual(['src/index.js'])
    expect(r[4]!.explanation.en).toBe('Files it copies changed: src/index.js.')
    expect(r[5]!.causeLine).toBe(5)
    expect(r[5]!.explanation.en).toMatch(/line 5/)
  })

  it('a changed manifest invalidates the dependency install', () => {
    const r = steps(NODE, { change: { modified: ['package.json'] } })
    expect(r[2]).toMatchObject({ status: 'miss', reason: 'source-files-changed', files: ['package.json'] })
    expect(r[3]).toMatchObject({ status: 'miss', reason: 'parent-missed' })
  })

  it('an added file matched by a glob counts as a change', () => {
    const r = steps(NODE, { change: { added: ['package-extra.json'] } })
    expect(r[2]).toMatchObject({ reason: 'source-files-changed', files: ['package-extra.json'] })
  })

  it('COPY . . sees the Dockerfile and .git unless they are ignored', () => {
    const text = 'FROM alpine:3.19\nCOPY . /src\n'
    expect(steps(text, { change: { modified: ['.git/HEAD'] } })[1]).toMatchObject({ status: 'miss', files: ['.git/HEAD'] })
    expect(steps(text, { dockerfile: `${text}LABEL x=y\n` })[1]).toMatchObject({ status: 'miss', reason: 'source-files-changed', files: ['Dockerfile'] })
    const ignored = contextFromFiles(Object.fromEntries(context.files.map((f) => [f.path, f.content ?? ''])), '.git\nDockerfile\n')
    expect(steps(text, { change: { modified: ['.git/HEAD'] } }, ignored)[1]!.status).toBe('hit')
    expect(steps(text, { dockerfile: `${text}LABEL x=y\n` }, ignored)[1]!.status).toBe('hit')
  })

  it('bind-mounted context files are part of the key', () => {
    const text = 'FROM node:20-alpine\nRUN --mount=type=bind,source=package.json,target=/tmp/package.json npm ci\n'
    expect(steps(text, { change: { modified: ['package.json'] } })[1]).toMatchObject({ status: 'miss', reason: 'source-files-changed', files: ['package.json'] })
    expect(steps(text, { change: { modified: ['src/index.js'] } })[1]!.status).toBe('hit')
  })

  it('cache-mount contents and secret values are not part of the key', () => {
    const text = 'FROM node:20-alpine\nCOPY . /app\nRUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npmrc npm ci\n'
    expect(steps(text, { change: { modified: ['README.md'] } })[2]).toMatchObject({ status: 'miss', reason: 'parent-missed' })
    const noCopy = 'FROM node:20-alpine\nRUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npmrc npm ci\n'
    expect(steps(noCopy, { change: { modified: ['README.md'] } })[1]!.status).toBe('hit')
  })
})

describe('what-if: metadata, ENV and ARG', () => {
  it('metadata-only instructions never cause a miss, even when they change', () => {
    const edited = NODE.replace('LABEL version=1', 'LABEL version=2').replace('CMD ["node", "src/index.js"]', 'CMD ["node", "src/main.js"]')
    expect(steps(NODE, { dockerfile: edited }).every((s) => s.status === 'hit')).toBe(true)
  })

  it('an ENV change leaves the COPY right after it cached; the next RUN misses', () => {
    const text = 'FROM node:20-alpine\nWORKDIR /app\nENV NODE_ENV=development\nCOPY package.json ./\nRUN npm ci\n'
    const r = steps(text, { dockerfile: text.replace('development', 'production') })
    expect(table(r)).toEqual(['1 hit cached', '2 hit cached', '3 hit metadata-only', '4 hit cached', '5 miss env-changed'])
    expect(r[4]!.names).toEqual(['NODE_ENV'])
    expect(r[4]!.explanation.en).toMatch(/NODE_ENV \(development → production\)/)
  })

  it('a changed ARG misses at the first RUN after its declaration, even if the RUN does not use it; the ARG line hits', () => {
    const text = 'FROM alpine:3.19\nCOPY package.json /p.json\nARG VERSION=1\nCOPY src /src\nRUN echo unrelated\nRUN echo again\n'
    const r = steps(text, { buildArgs: { VERSION: '2' } })
    expect(table(r)).toEqual(['1 hit cached', '2 hit cached', '3 hit metadata-only', '4 hit cached', '5 miss build-arg-changed', '6 miss parent-missed'])
    expect(r[4]!.names).toEqual(['VERSION'])
    expect(r[4]!.explanation.en).toMatch(/VERSION \(1 → 2\).*even if it does not use it/)
  })

  it('a RUN before the ARG declaration is not affected', () => {
    const r = steps('FROM alpine:3.19\nRUN echo before\nARG VERSION=1\nRUN echo after\n', { buildArgs: { VERSION: '2' } })
    expect(table(r)).toEqual(['1 hit cached', '2 hit cached', '3 hit metadata-only', '4 miss build-arg-changed'])
  })

  it('an ENV that overrides the ARG shields later RUNs', () => {
    const r = steps('FROM alpine:3.19\nARG V=1\nENV V=fixed\nRUN echo $V\n', { buildArgs: { V: '2' } })
    expect(r[3]!.status).toBe('miss')
    expect(r[3]!.reason).toBe('build-arg-changed')
  })

  it('a build arg nobody declares changes nothing', () => {
    expect(steps(NODE, { buildArgs: { UNUSED: 'x' } }).every((s) => s.status === 'hit')).toBe(true)
  })

  it('a global ARG used in FROM changes the base image', () => {
    const text = 'ARG TAG=20-alpine\nFROM node:${TAG}\nRUN echo hi\n'
    const r = steps(text, { buildArgs: { TAG: '22-alpine' } })
    expect(table(r)).toEqual(['2 miss base-image-changed', '3 miss parent-missed'])
    expect(r[0]!.explanation.en).toMatch(/was: node:20-alpine/)
  })

  it('a changed instruction misses with the old text', () => {
    const r = steps(NODE, { dockerfile: NODE.replace('RUN npm ci', 'RUN npm ci --omit=dev') })
    expect(r[3]).toMatchObject({ status: 'miss', reason: 'instruction-changed' })
    expect(r[3]!.explanation.en).toMatch(/was: "RUN npm ci"/)
  })

  it('a USER change misses the next RUN (its user is part of the key)', () => {
    const text = 'FROM alpine:3.19\nUSER nobody\nRUN echo hi\n'
    expect(steps(text, { dockerfile: text.replace('nobody', 'root') })[2]).toMatchObject({ status: 'miss', reason: 'env-changed' })
  })
})

describe('what-if: stages', () => {
  const MULTI = [
    'FROM node:20-alpine AS build', //   1
    'WORKDIR /app', //                     2
    'COPY src ./src', //                   3
    'RUN npm run build', //                4
    'FROM alpine:3.19 AS test', //         5
    'RUN echo test', //                    6
    'FROM build AS dev', //                7
    'RUN echo dev', //                     8
    'FROM nginx:alpine', //                9
    'COPY --from=build /app/dist /usr/share/nginx/html', // 10
    'COPY --link README.md /usr/share/nginx/html/README.md', // 11
    'RUN echo done', //                    12
  ].join('\n')

  it('stages not needed for the target are skipped', () => {
    const r = steps(MULTI)
    expect(r.filter((s) => s.status === 'skipped').map((s) => s.line)).toEqual([5, 6, 7, 8])
    expect(r.find((s) => s.line === 5)!.explanation.en).toMatch(/Stage test is not needed/)
  })

  it('a COPY --from of a stage that rebuilt misses: its outputs are assumed changed', () => {
    const r = steps(MULTI, { change: { modified: ['src/index.js'] } })
    expect(r.find((s) => s.line === 10)).toMatchObject({ status: 'miss', reason: 'copied-stage-rebuilt' })
    expect(r.find((s) => s.line === 10)!.explanation.en).toMatch(/stage build/)
  })

  it('COPY --link does not depend on the steps before it: it hits after a miss; the RUN after it misses', () => {
    const r = steps(MULTI, { change: { modified: ['src/index.js'] } })
    expect(r.find((s) => s.line === 11)).toMatchObject({ status: 'hit', reason: 'cached' })
    expect(r.find((s) => s.line === 12)).toMatchObject({ status: 'miss', reason: 'parent-missed' })
  })

  it('stages built FROM a stage that rebuilt miss too', () => {
    const r = steps(MULTI, { change: { modified: ['src/index.js'] }, target: 'dev' })
    expect(r.find((s) => s.line === 7)).toMatchObject({ status: 'miss', reason: 'parent-missed' })
    expect(r.find((s) => s.line === 7)!.explanation.en).toMatch(/Base stage build rebuilt/)
    expect(r.find((s) => s.line === 8)).toMatchObject({ status: 'miss', reason: 'parent-missed' })
  })

  it('a step the first build never built (another target) is not in the cache', () => {
    const r = steps(MULTI, { target: 'test' })
    expect(r.find((s) => s.line === 5)).toMatchObject({ status: 'miss', reason: 'not-in-cache' })
    expect(r.find((s) => s.line === 6)).toMatchObject({ status: 'miss', reason: 'parent-missed' })
  })

  it('gives one step per instruction of the second build, in file order', () => {
    const r = steps(MULTI)
    expect(r.map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })
})

describe('BuildKit-style progress log', () => {
  it('prints vertices with stage name, step k/N, CACHED or DONE', () => {
    const ctx = contextFromFiles({ 'go.mod': 'module x', 'main.go': 'package main' })
    const text = 'FROM golang:1.21-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app\nLABEL a=b\nFROM scratch\nCOPY --from=build /out/app /app\n'
    const { second, whatIf: w } = rebuild({ model: parseDockerfile(text), context: ctx }, { change: { modified: ['main.go'] } })
    const log = renderProgress(progressLog(second, w.steps))
    expect(log).toContain('#1 [internal] load build definition from Dockerfile')
    expect(log).toContain('[internal] load metadata for docker.io/library/golang:1.21-alpine')
    expect(log).toMatch(/#(\d+) \[build 1\/4\] FROM docker\.io\/library\/golang:1\.21-alpine\n#\1 CACHED/)
    expect(log).toMatch(/#(\d+) \[build 3\/4\] COPY \. \.\n#\1 DONE/)
    expect(log).toMatch(/\[stage-1 1\/1\] COPY --from=build \/out\/app \/app/)
    expect(log).not.toContain('LABEL')
    expect(log.trimEnd().endsWith('exporting to image')).toBe(true)
  })

  it('a single-stage file shows no stage name', () => {
    const r = simulateBuild({ model: parseDockerfile('FROM alpine:3.19\nRUN echo hi\n') })
    expect(renderProgress(progressLog(r))).toContain('[2/2] RUN echo hi')
  })
})
