/**
 * The simulator's rules (build.ts header), one describe per rule, with named table-driven cases.
 */
import { describe, expect, it } from 'vitest'
import { contextFromFiles } from '@/lib/context/build'
import type { BuildContext } from '@/lib/context/types'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { imageSummary, simulateBuild } from './build'
import type { BuildResult, Layer, SimStage } from './types'

const MB = 1_000_000

function sim(text: string, options: { context?: BuildContext | null; target?: string; buildArgs?: Record<string, string> } = {}): BuildResult {
  return simulateBuild({ model: parseDockerfile(text), ...options })
}

function final(result: BuildResult): SimStage {
  return result.stages[result.target!]!
}

function instr(result: BuildResult, line: number) {
  for (const s of result.stages) for (const i of s.instructions) if (i.line === line) return i
  throw new Error(`no instruction at line ${line}`)
}

describe('rule 2: which instructions create a layer', () => {
  it.each([
    ['RUN echo hi', true],
    ['COPY a.txt /a.txt', true],
    ['ADD a.txt /a.txt', true],
    ['WORKDIR /app', true],
    ['WORKDIR /', false],
    ['ENV A=1', false],
    ['ARG A=1', false],
    ['LABEL a=b', false],
    ['EXPOSE 80', false],
    ['CMD ["sh"]', false],
    ['ENTRYPOINT ["sh"]', false],
    ['USER nobody', false],
    ['VOLUME /data', false],
    ['SHELL ["/bin/sh", "-c"]', false],
    ['HEALTHCHECK NONE', false],
    ['STOPSIGNAL SIGTERM', false],
    ['ONBUILD RUN echo', false],
  ])('%s → layer: %s', (line, layer) => {
    const r = sim(`FROM alpine:3.19\n${line}\n`)
    const i = instr(r, 2)
    expect(i.createsLayer).toBe(layer)
    if (!layer) expect(i.estimatedBytes).toBe(0)
  })

  it('FROM itself creates no layer; its bytes are the base image', () => {
    const i = instr(sim('FROM alpine:3.19\n'), 1)
    expect(i).toMatchObject({ createsLayer: false, estimatedBytes: 7.4 * MB })
  })

  it('a RUN with no known footprint is an empty layer, and says so', () => {
    const i = instr(sim('FROM alpine:3.19\nRUN ./configure-things\n'), 2)
    expect(i).toMatchObject({ createsLayer: true, estimatedBytes: 0 })
    expect(i.reasons[0]!.text.en).toMatch(/no known footprint/)
  })
})

describe('rule 3: image size = base + layers', () => {
  it.each([
    ['an external base', 'FROM alpine:3.19\n', 7.4 * MB],
    ['scratch is empty', 'FROM scratch\n', 0],
    ['a stage built FROM another carries its layers', 'FROM alpine:3.19 AS a\nRUN apk add --no-cache curl\nFROM a\n', 7.4 * MB + 4 * MB],
  ])('%s', (_, text, bytes) => {
    expect(sim(text).image!.estimatedBytes).toBe(bytes)
  })

  it('stage size is the sum of its instruction bytes', () => {
    const r = sim('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n')
    const s = final(r)
    expect(s.estimatedBytes).toBe(s.instructions.reduce((n, i) => n + i.estimatedBytes, 0))
    expect(s.estimatedBytes).toBeGreaterThan(74 * MB)
  })

  it('flags unknown images and uses a family-based estimate', () => {
    const r = sim('FROM example.com/acme/runtime:2-alpine\n')
    expect(r.image!.estimatedBytes).toBe(60 * MB)
    expect(r.findings.map((f) => f.code)).toContain('unknown-base-image')
    expect(final(r).image?.known).toBe(false)
  })

  it('explains the apt install size with the package name', () => {
    const i = instr(sim('FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\n'), 2)
    expect(i.reasons.map((r) => r.text.en).join('\n')).toMatch(/apt-get install build-essential ≈ 192 MB/)
  })

  it('recommended packages make an install bigger', () => {
    const lean = sim('FROM debian:bookworm\nRUN apt-get install -y --no-install-recommends python3-pip\n').image!.estimatedBytes
    const fat = sim('FROM debian:bookworm\nRUN apt-get install -y python3-pip\n').image!.estimatedBytes
    expect(fat - 116.57 * MB).toBeGreaterThan(5 * (lean - 116.57 * MB))
  })
})

describe('rule 4: a virtual filesystem per stage', () => {
  const context = contextFromFiles({ 'go.mod': 'module example.com/hello\n', 'main.go': 'package main\n', 'web/index.html': '<h1>hi</h1>' })

  it('starts from the base image\'s known contents', () => {
    const fs = final(sim('FROM golang:1.21\n')).fs
    expect(fs.get('/usr/local/go')?.tags).toContain('go-toolchain')
    expect(fs.get('/usr/lib/gcc')?.tags).toContain('compiler')
  })

  it('copies real files and sizes from the context', () => {
    const fs = final(sim('FROM alpine:3.19\nWORKDIR /src\nCOPY . .\nCOPY web/ /srv/\n', { context })).fs
    expect(fs.get('/src/main.go')).toMatchObject({ kind: 'file', bytes: 13, assumed: false })
    expect(fs.get('/srv/index.html')?.bytes).toBe(11)
  })

  it('uses documented defaults without a context and says so', () => {
    const r = sim('FROM alpine:3.19\nWORKDIR /app\nCOPY package*.json ./\nCOPY . .\n')
    const fs = final(r).fs
    expect(fs.get('/app/package.json')).toMatchObject({ assumed: true })
    expect(fs.get('/app/package-lock.json')).toBeDefined()
    expect(fs.get('/app')).toMatchObject({ kind: 'dir', bytes: 5 * MB, assumed: true })
    expect(r.assumptions[0]!.en).toMatch(/No build context/)
  })

  it('COPY --from takes what the other stage produced at that path', () => {
    const r = sim('FROM golang:1.21-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build /out/app /app\n', { context })
    const app = final(r).fs.get('/app')
    expect(app).toMatchObject({ kind: 'file', bytes: 20 * MB, copiedFrom: { stage: 0, path: '/out/app' } })
    expect(app!.tags).toContain('binary')
  })

  it('COPY --from of a path the other stage does not have is a finding, not a crash', () => {
    const r = sim('FROM alpine:3.19 AS a\nFROM alpine:3.19\nCOPY --from=a /nowhere/file /x\n')
    expect(r.findings.map((f) => f.code)).toContain('copy-source-not-found')
  })

  it('COPY of a file missing from the context is an error finding', () => {
    const r = sim('FROM alpine:3.19\nCOPY missing.txt /x\n', { context })
    expect(r.findings.find((f) => f.code === 'copy-source-not-found')).toMatchObject({ severity: 'error', line: 2 })
  })

  it.each([
    ['apt-get purge', 'FROM debian:bookworm\nRUN apt-get install -y --no-install-recommends gcc && apt-get purge -y gcc\n', '/usr/lib/gcc'],
    ['apk del of a virtual package', 'FROM alpine:3.19\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && apk del .build-deps\n', '/usr/libexec/gcc'],
    ['rm -rf', 'FROM alpine:3.19\nRUN mkdir -p /tmp/x && rm -rf /tmp/x\n', '/tmp/x'],
  ])('%s removes what it names', (_, text, path) => {
    expect(final(sim(text)).fs.has(path)).toBe(false)
  })

  it('tracks users created by RUN for USER and --chown', () => {
    const r = sim('FROM alpine:3.19\nRUN addgroup -S app && adduser -S -G app app\nUSER app\nCOPY --chown=app:app . /app\n')
    expect(final(r).users.app).toBeDefined()
    expect(r.findings.map((f) => f.code)).not.toContain('user-not-found')
    expect(r.findings.map((f) => f.code)).not.toContain('chown-user-not-found')
  })

  it.each([
    ['USER of a user that does not exist', 'FROM alpine:3.19\nUSER app\n', 'user-not-found', 2],
    ['COPY --chown to a missing user', 'FROM node:20-alpine\nCOPY --chown=app:app . /app\n', 'chown-user-not-found', 2],
  ])('reports %s', (_, text, code, line) => {
    expect(sim(text).findings.find((f) => f.code === code)).toMatchObject({ line })
  })

  it('numeric users always exist', () => {
    expect(sim('FROM alpine:3.19\nUSER 10001:10001\n').findings).toEqual([])
  })
})

describe('rule 5: deleting in a later layer never shrinks the image', () => {
  const SAME = 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n'
  const LATER = 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n'

  it('cleanup in the same RUN leaves nothing and wastes nothing', () => {
    const r = sim(SAME)
    expect(r.image!.wastedBytes).toBe(0)
    expect(final(r).layers[1]!.adds.some((e) => e.path === '/var/lib/apt/lists')).toBe(false)
  })

  it('cleanup in a later RUN keeps the bytes and shows them as waste, with an explanation', () => {
    const same = sim(SAME).image!
    const later = sim(LATER).image!
    expect(later.estimatedBytes - same.estimatedBytes).toBe(19.9 * MB)
    expect(later.wastedBytes).toBe(19.9 * MB)
    expect(later.efficiency).toBeLessThan(1)
    expect(later.waste[0]!.explanation.en).toBe('/var/lib/apt/lists: 19.9 MB added at line 2, removed at line 3, still shipped.')
    expect(later.waste[0]!.explanation.es).toMatch(/añadidos en la línea 2, borrado en la línea 3/)
  })

  it('the later cleanup is a warning finding at the line that deletes', () => {
    expect(sim(LATER).findings.find((f) => f.code === 'cleanup-in-later-layer')).toMatchObject({ line: 3, severity: 'warning' })
  })
})

describe('rule 6: chmod/chown/touch in a later layer duplicates whole files', () => {
  const ctx = contextFromFiles({ 'app.bin': { size: 40 * MB } })

  it('RUN chown -R after COPY doubles the bytes', () => {
    const r = sim('FROM alpine:3.19\nCOPY app.bin /app/app.bin\nRUN chown -R nobody /app\n', { context: ctx })
    expect(instr(r, 3).estimatedBytes).toBe(40 * MB)
    expect(r.image!.wastedBytes).toBe(80 * MB)
    expect(r.image!.reclaimableBytes).toBe(40 * MB)
  })

  it('COPY --chown costs nothing extra', () => {
    const r = sim('FROM alpine:3.19\nCOPY --chown=nobody app.bin /app/app.bin\n', { context: ctx })
    expect(r.image!.wastedBytes).toBe(0)
  })
})

describe('rule 7: cache, tmpfs, bind and secret mounts are not in the layer', () => {
  it.each([
    ['npm cache in a cache mount', 'FROM node:20-alpine\nWORKDIR /app\nRUN --mount=type=cache,target=/root/.npm npm ci\n', '/root/.npm', '/app/node_modules'],
    ['apt lists in a cache mount', 'FROM debian:bookworm\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl\n', '/var/lib/apt/lists', '/usr/bin/curl'],
    ['Go build cache in a cache mount', 'FROM golang:1.21-alpine\nWORKDIR /src\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/app\n', '/root/.cache/go-build', '/out/app'],
    ['a file written into a secret mount', 'FROM alpine:3.19\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc echo x > /root/.npmrc\n', '/root/.npmrc', null],
  ])('%s', (_, text, absent, present) => {
    const fs = final(sim(text)).fs
    expect(fs.has(absent)).toBe(false)
    if (present) expect(fs.has(present)).toBe(true)
  })

  it('without the mount the cache ships', () => {
    expect(final(sim('FROM node:20-alpine\nWORKDIR /app\nRUN npm ci\n')).fs.get('/root/.npm')?.tags).toContain('npm-cache')
  })
})

describe('rule 8: dive efficiency and wasted bytes', () => {
  function stageWith(layers: Array<Pick<Layer, 'adds' | 'removes'>>): SimStage {
    const full = layers.map((l, i) => ({ id: i, stage: 0, line: i + 1, keyword: 'RUN', label: '', bytes: 0, reasons: [], ...l }))
    return { index: 0, layers: full, estimatedBytes: 0 } as unknown as SimStage
  }
  const e = (path: string, bytes: number) => ({ path, bytes, kind: 'file' as const, tags: [], layer: 0, copiedFrom: null, assumed: false })

  it('reproduces dive\'s efficiency_test: 0.75 and one inefficient path of 7000 B', () => {
    const s = imageSummary(stageWith([
      { adds: [e('/etc/nginx/nginx.conf', 2000), e('/etc/nginx/public', 3000)], removes: [] },
      { adds: [e('/etc/nginx/nginx.conf', 5000), e('/etc/athing', 10000)], removes: [] },
      { adds: [], removes: ['/etc/nginx'] },
    ]))
    expect(s.efficiency).toBe(0.75)
    expect(s.wastedBytes).toBe(7000)
    expect(s.waste.map((w) => w.path)).toEqual(['/etc/nginx/nginx.conf'])
  })

  it.each([
    ['an empty image is fully efficient', [], 1, 0],
    ['a file added then removed wastes all its bytes', [{ adds: [e('/a', 100)], removes: [] }, { adds: [], removes: ['/a'] }], 0, 100],
    ['an overwritten file counts both copies', [{ adds: [e('/a', 2000)], removes: [] }, { adds: [e('/a', 5000)], removes: [] }], 2000 / 7000, 7000],
  ])('%s', (_, layers, efficiency, wasted) => {
    const s = imageSummary(stageWith(layers))
    expect(s.efficiency).toBeCloseTo(efficiency, 3)
    expect(s.wastedBytes).toBe(wasted)
  })
})

describe('rule 9: at most 125 layers', () => {
  it('reports an image deeper than Docker\'s layer store allows', () => {
    const runs = Array.from({ length: 130 }, (_, i) => `RUN echo ${i}`).join('\n')
    expect(sim(`FROM alpine:3.19\n${runs}\n`).findings.map((f) => f.code)).toContain('too-many-layers')
    expect(sim('FROM alpine:3.19\nRUN echo\n').findings).toEqual([])
  })
})

describe('secrets in layers', () => {
  const ctx = contextFromFiles({ '.env': 'TOKEN=1', 'id_rsa': 'key', 'app.js': 'x', '.env.example': 'TOKEN=' })

  it('reports a secret file copied into the final image, even if deleted later', () => {
    const r = sim('FROM node:20-alpine\nCOPY . /app\nRUN rm /app/.env\n', { context: ctx })
    const secrets = r.findings.filter((f) => f.code === 'secret-in-layer').map((f) => f.message.en)
    expect(secrets.some((m) => m.startsWith('/app/.env') && m.includes('deleting it later'))).toBe(true)
    expect(secrets.some((m) => m.startsWith('/app/id_rsa'))).toBe(true)
    expect(secrets.some((m) => m.includes('.env.example'))).toBe(false)
  })

  it('.dockerignore keeps them out', () => {
    const ignored = contextFromFiles({ '.env': 'TOKEN=1', 'app.js': 'x' }, '.env\n')
    expect(sim('FROM node:20-alpine\nCOPY . /app\n', { context: ignored }).findings).toEqual([])
  })

  it('a secret in a stage that is not shipped is not reported', () => {
    const r = sim('FROM node:20-alpine AS build\nCOPY . /app\nFROM node:20-alpine\nCOPY --from=build /app/app.js /app/app.js\n', { context: ctx })
    expect(r.findings.filter((f) => f.code === 'secret-in-layer')).toEqual([])
  })
})

describe('ONBUILD triggers run in the stage built FROM it', () => {
  it('adds the trigger\'s layer to the child stage', () => {
    const r = sim('FROM node:20-alpine AS base\nWORKDIR /app\nONBUILD RUN npm ci\nFROM base\n')
    expect(final(r).fs.has('/app/node_modules')).toBe(true)
    expect(r.stages[0]!.fs.has('/app/node_modules')).toBe(false)
  })
})

describe('build args and ENV', () => {
  it('expands global ARGs in FROM, with --build-arg overrides', () => {
    const text = 'ARG VARIANT=alpine\nFROM node:20-${VARIANT}\n'
    expect(final(sim(text)).from).toBe('node:20-alpine')
    expect(final(sim(text, { buildArgs: { VARIANT: 'slim' } })).from).toBe('node:20-slim')
  })

  it('expands ENV in COPY destinations and WORKDIR', () => {
    const r = sim('FROM alpine:3.19\nENV APP=/srv/app\nWORKDIR $APP\nCOPY a.txt ${APP}/conf/\n', { context: contextFromFiles({ 'a.txt': 'a' }) })
    expect(final(r).config.workdir).toBe('/srv/app')
    expect(final(r).fs.has('/srv/app/conf/a.txt')).toBe(true)
  })
})

describe('the seed tutorial\'s before/after examples land inside its stated reductions', () => {
  // "Before" is what you ship without multistage: the builder stage of the seed's "after" file.
  const reduction = (text: string) => {
    const before = sim(text, { target: 'builder' }).image!.estimatedBytes
    const after = sim(text).image!.estimatedBytes
    return { before, after, percent: (1 - after / before) * 100 }
  }

  it('Go: 90-95 % (builder with the Go toolchain → alpine with one binary)', () => {
    const r = reduction('FROM golang:1.21-alpine AS builder\nWORKDIR /app\nCOPY go.* ./\nRUN go mod download\nCOPY . .\nRUN go build -o app\n\nFROM alpine:3.19\nCOPY --from=builder /app/app /app\nENTRYPOINT ["/app"]\n')
    expect(r.percent).toBeGreaterThanOrEqual(90)
    expect(r.percent).toBeLessThanOrEqual(95)
    expect(r.after).toBeGreaterThanOrEqual(20 * MB)
    expect(r.after).toBeLessThanOrEqual(50 * MB)
  })

  it('Node: 60-80 % (node:20 with devDependencies → node:20-alpine with production dependencies)', () => {
    const r = reduction('FROM node:20 AS builder\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --only=production\nCOPY --from=builder /app/dist ./dist\nCMD ["node", "dist/index.js"]\n')
    expect(r.percent).toBeGreaterThanOrEqual(60)
    expect(r.percent).toBeLessThanOrEqual(80)
  })

  it('frontend built by Node, served by nginx: 85-90 % (≈ 500 MB → 30-50 MB)', () => {
    const r = reduction('FROM node:20-alpine AS builder\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:alpine\nCOPY --from=builder /app/dist /usr/share/nginx/html\nCOPY nginx.conf /etc/nginx/nginx.conf\nEXPOSE 80\n')
    expect(r.percent).toBeGreaterThanOrEqual(85)
    expect(r.percent).toBeLessThanOrEqual(90)
    expect(r.before).toBeGreaterThan(450 * MB)
    expect(r.before).toBeLessThan(550 * MB)
  })
})
