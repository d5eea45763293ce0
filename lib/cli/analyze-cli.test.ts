/** `stagecraft analyze` and `stagecraft cache`: the JSON contracts and exit codes, through the real CLI. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const bin = path.resolve(import.meta.dirname, '../../bin/stagecraft.js')

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stagecraft-analyze-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const GO_AFTER = [
  'FROM golang:1.21-alpine AS builder',
  'WORKDIR /app',
  'COPY go.* ./',
  'RUN go mod download',
  'COPY . .',
  'RUN go build -o app',
  '',
  'FROM alpine:3.19',
  'COPY --from=builder /app/app /app',
  'ENTRYPOINT ["/app"]',
  '',
].join('\n')

const go = project({
  Dockerfile: GO_AFTER,
  'go.mod': 'module example.com/hello\n\ngo 1.21\n',
  'go.sum': 'example.com/x v1.0.0 h1:abc=\n',
  'main.go': 'package main\n\nfunc main() {}\n',
  'README.md': '# hello\n',
  '.dockerignore': 'README.md\n',
  'Dockerfile.old': GO_AFTER.replace('RUN go build -o app', 'RUN go build -o app -v'),
  'Dockerfile.args': 'FROM alpine:3.19\nCOPY go.mod /go.mod\nARG VERSION=1\nRUN echo building\n',
  'Dockerfile.nofrom': 'RUN echo hi\n',
})

interface AnalyzeJson {
  target: string
  stages: Array<{ index: number; name: string | null; from: string; built: boolean; dependsOn: number[]; instructions: Array<{ line: number; keyword: string; createsLayer: boolean; estimatedBytes: number }>; estimatedBytes: number }>
  image: { estimatedBytes: number; wastedBytes: number; efficiency: number }
  findings: Array<{ code: string; severity: string; line: number | null; stage: number | null; message: string }>
}

describe('stagecraft analyze --format json', () => {
  const r = cli(['analyze', 'Dockerfile', '--format', 'json'], go)
  const json = JSON.parse(r.stdout) as AnalyzeJson

  it('exits 0 and prints exactly the contract keys, in order', () => {
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(Object.keys(json)).toEqual(['target', 'stages', 'image', 'findings'])
    expect(Object.keys(json.stages[0]!)).toEqual(['index', 'name', 'from', 'built', 'dependsOn', 'instructions', 'estimatedBytes'])
    expect(Object.keys(json.stages[0]!.instructions[0]!)).toEqual(['line', 'keyword', 'createsLayer', 'estimatedBytes'])
    expect(Object.keys(json.image)).toEqual(['estimatedBytes', 'wastedBytes', 'efficiency'])
  })

  it('describes the stages, 1-based lines and the stage graph', () => {
    expect(json.target).toBe('1')
    expect(json.stages.map((s) => [s.index, s.name, s.from, s.built, s.dependsOn])).toEqual([
      [0, 'builder', 'golang:1.21-alpine', true, []],
      [1, null, 'alpine:3.19', true, [0]],
    ])
    expect(json.stages[0]!.instructions.map((i) => `${i.line} ${i.keyword} ${i.createsLayer}`)).toEqual([
      '1 FROM false', '2 WORKDIR true', '3 COPY true', '4 RUN true', '5 COPY true', '6 RUN true',
    ])
    expect(json.stages[1]!.instructions.map((i) => `${i.line} ${i.keyword} ${i.createsLayer}`)).toEqual(['8 FROM false', '9 COPY true', '10 ENTRYPOINT false'])
  })

  it('reports the final image: alpine plus one Go binary', () => {
    expect(json.image.estimatedBytes).toBe(json.stages[1]!.estimatedBytes)
    expect(json.image.estimatedBytes).toBeGreaterThan(20_000_000)
    expect(json.image.estimatedBytes).toBeLessThan(50_000_000)
    expect(json.image).toMatchObject({ wastedBytes: 0, efficiency: 1 })
    expect(json.findings).toEqual([])
  })

  it('--target builds only what the target needs and reports its image', () => {
    const t = JSON.parse(cli(['analyze', 'Dockerfile', '--format', 'json', '--target', 'builder'], go).stdout) as AnalyzeJson
    expect(t.target).toBe('builder')
    expect(t.stages.map((s) => s.built)).toEqual([true, false])
    expect(t.image.estimatedBytes).toBe(t.stages[0]!.estimatedBytes)
  })

  it('--context uses real file sizes and .dockerignore', () => {
    const c = JSON.parse(cli(['analyze', 'Dockerfile', '--format', 'json', '--context', '.'], go).stdout) as AnalyzeJson
    const copyAll = c.stages[0]!.instructions.find((i) => i.line === 5)!
    expect(copyAll.estimatedBytes).toBeLessThan(2000)
    expect(copyAll.estimatedBytes).toBeGreaterThan(0)
  })

  it('prints readable text by default, in Spanish with --locale es', () => {
    const en = cli(['analyze', 'Dockerfile'], go)
    expect(en.code).toBe(0)
    expect(en.stdout).toMatch(/Final image \(stage-1\): ≈ 27\.4 MB/)
    expect(en.stdout).toMatch(/#\d+ \[builder 6\/6\] RUN go build -o app/)
    expect(cli(['analyze', 'Dockerfile', '--locale', 'es'], go).stdout).toMatch(/Imagen final/)
  })
})

interface CacheJson {
  steps: Array<{ stage: number; line: number; keyword: string; status: string; reason: string; explanation: string }>
}

describe('stagecraft cache --format json', () => {
  it('prints one step per instruction of the second build with the contract keys', () => {
    const r = cli(['cache', 'Dockerfile', '--context', '.', '--change', 'main.go', '--format', 'json'], go)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as CacheJson
    expect(Object.keys(json)).toEqual(['steps'])
    expect(Object.keys(json.steps[0]!)).toEqual(['stage', 'line', 'keyword', 'status', 'reason', 'explanation'])
    expect(json.steps.map((s) => `${s.stage}:${s.line} ${s.status} ${s.reason}`)).toEqual([
      '0:1 hit cached', '0:2 hit cached', '0:3 hit cached', '0:4 hit cached', '0:5 miss source-files-changed', '0:6 miss parent-missed',
      '1:8 hit cached', '1:9 miss copied-stage-rebuilt', '1:10 hit metadata-only',
    ])
    expect(json.steps[4]!.explanation).toBe('Files it copies changed: main.go.')
  })

  it('ignores changes to files .dockerignore excludes', () => {
    const json = JSON.parse(cli(['cache', 'Dockerfile', '--context', '.', '--change', 'README.md', '--format', 'json'], go).stdout) as CacheJson
    expect(json.steps.every((s) => s.status === 'hit')).toBe(true)
  })

  it('counts a --change path absent from the context as added', () => {
    const json = JSON.parse(cli(['cache', 'Dockerfile', '--context', '.', '--change', 'util.go', '--format', 'json'], go).stdout) as CacheJson
    expect(json.steps.find((s) => s.line === 5)).toMatchObject({ status: 'miss', reason: 'source-files-changed', explanation: 'Files it copies changed: util.go.' })
  })

  it('--previous compares with an older Dockerfile (COPY . . also sees the Dockerfile itself)', () => {
    const json = JSON.parse(cli(['cache', 'Dockerfile', '--context', '.', '--previous', 'Dockerfile.old', '--format', 'json'], go).stdout) as CacheJson
    expect(json.steps.find((s) => s.line === 5)).toMatchObject({ status: 'miss', reason: 'source-files-changed' })
    expect(json.steps.find((s) => s.line === 5)!.explanation).toMatch(/Dockerfile/)
  })

  it('--build-arg misses the first RUN after the ARG declaration', () => {
    const json = JSON.parse(cli(['cache', 'Dockerfile.args', '--context', '.', '--build-arg', 'VERSION=2', '--format', 'json'], go).stdout) as CacheJson
    expect(json.steps.map((s) => `${s.line} ${s.status} ${s.reason}`)).toEqual(['1 hit cached', '2 hit cached', '3 hit metadata-only', '4 miss build-arg-changed'])
  })

  it('speaks Spanish with --locale es and prints a BuildKit-style log as text', () => {
    const es = JSON.parse(cli(['cache', 'Dockerfile', '--context', '.', '--change', 'main.go', '--format', 'json', '--locale', 'es'], go).stdout) as CacheJson
    expect(es.steps[4]!.explanation).toBe('Cambiaron archivos que copia: main.go.')
    const text = cli(['cache', 'Dockerfile', '--context', '.', '--change', 'main.go'], go).stdout
    expect(text).toMatch(/#(\d+) \[builder 4\/6\] RUN go mod download\n#\1 CACHED/)
    expect(text).toMatch(/#(\d+) \[builder 5\/6\] COPY \. \.\n#\1 DONE {2}— Files it copies changed: main\.go\./)
    expect(text).toMatch(/6 cached, 3 rebuilt, 0 skipped\./)
  })
})

describe('bad input: exit 2, one line on stderr, no stack trace', () => {
  it.each([
    ['a missing Dockerfile', ['analyze', 'Nope.Dockerfile']],
    ['an unknown target', ['analyze', 'Dockerfile', '--target', 'nope']],
    ['a Dockerfile without FROM', ['analyze', 'Dockerfile.nofrom']],
    ['a missing context dir', ['analyze', 'Dockerfile', '--context', 'missing-dir']],
    ['an unknown option', ['analyze', 'Dockerfile', '--frobnicate']],
    ['a bad --format', ['analyze', 'Dockerfile', '--format', 'yaml']],
    ['cache without --context', ['cache', 'Dockerfile', '--change', 'main.go']],
    ['a --build-arg without a value', ['cache', 'Dockerfile', '--context', '.', '--build-arg', 'VERSION']],
    ['a missing --previous file', ['cache', 'Dockerfile', '--context', '.', '--previous', 'gone.Dockerfile']],
    ['a --change outside the context', ['cache', 'Dockerfile', '--context', '.', '--change', '../elsewhere.go']],
    ['cache with an unknown target', ['cache', 'Dockerfile', '--context', '.', '--target', 'nope']],
    ['two Dockerfiles', ['analyze', 'Dockerfile', 'Dockerfile.old']],
  ])('%s', (_, args) => {
    const r = cli(args, go)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^stagecraft (analyze|cache): /)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
