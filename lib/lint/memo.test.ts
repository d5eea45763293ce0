/**
 * Re-linting after an edit replays what rules remembered for unchanged instructions and stages.
 * Whatever the edit, the findings must be exactly those of a cold lint of the same text.
 */
import { describe, expect, it } from 'vitest'
import { clearChunkCache } from '@/lib/dockerfile/parse'
import { realisticDockerfile } from '@/lib/fixtures/realistic'
import { clearShellCache } from '@/lib/shell/parse'
import { listExamples, loadExample } from '@/lib/content/examples'
import { MULTISTAGE_100 } from '@/lib/simulate/fixtures/multistage'
import { lint } from './engine'
import { allRules } from './rules'

function coldLint(text: string) {
  clearChunkCache()
  clearShellCache()
  return lint(text)
}

type Edit = [name: string, apply: (lines: string[]) => string[]]

const at = (lines: string[], pattern: RegExp) => {
  const i = lines.findIndex((l) => pattern.test(l))
  if (i === -1) throw new Error(`no line matches ${pattern}`)
  return i
}

const edits: Edit[] = [
  ['a RUN gains an unpinned, unconfirmed apt-get install', (l) => l.map((x, i) => (i === at(l, /^RUN CGO_ENABLED/) ? `${x} && apt-get install curl` : x))],
  ['the edit is undone', (l) => l],
  ['a line is inserted at the top, moving every instruction', (l) => ['# a new comment', ...l]],
  ['a hadolint ignore comment goes above a RUN', (l) => l.flatMap((x, i) => (i === at(l, /^RUN apt-get update/) ? ['# hadolint ignore=DL3008,DL3015', x] : [x]))],
  ['a stage moves to another base image', (l) => l.map((x, i) => (i === at(l, /^FROM debian:12-slim/) ? x.replace('debian:12-slim', 'alpine:3.20') : x))],
  ['a stage is based on an earlier one', (l) => l.map((x, i) => (i === at(l, /^FROM golang:1.22-alpine/) ? x.replace('golang:1.22-alpine', 'deps1') : x))],
  ['a stage installs without a cache mount', (l) => l.map((x, i) => (i === at(l, /^RUN --mount=type=cache,target=\/root\/.npm/) ? 'RUN npm ci --omit=dev' : x))],
  ['a later step of that stage deletes the npm cache', (l) => l.map((x, i) => (i === at(l, /^LABEL org.opencontainers.image.title="deps/) ? 'RUN rm -rf /root/.npm' : x))],
  ['a line is deleted', (l) => l.filter((_, i) => i !== at(l, /^WORKDIR/))],
  ['the escape character changes', (l) => ['# escape=`', ...l]],
]

describe('re-lint after an edit equals a cold lint', () => {
  for (const [label, base] of [['realistic 100-line file', realisticDockerfile(100)], ['multistage fixture', MULTISTAGE_100]] as const) {
    it(`on the ${label}`, () => {
      let lines = base.split('\n')
      lint(lines.join('\n'))
      for (const [name, apply] of edits) {
        let next: string[]
        try {
          next = apply(lines)
        } catch {
          continue // this file has no line the edit targets
        }
        lines = next
        const text = lines.join('\n')
        const warm = lint(text)
        expect(warm, `after: ${name}`).toEqual(coldLint(text))
        // Replays must not leak into the next file either.
        expect(lint(text)).toEqual(warm)
      }
    })
  }

  it('a remembered finding still reports, and an edit that fixes it removes it', () => {
    const bad = 'FROM debian:12\nRUN apt-get install curl\n'
    const first = lint(bad).map((f) => f.rule)
    expect(first).toContain('DL3008')
    expect(lint(bad).map((f) => f.rule)).toEqual(first)
    const fixed = lint('FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10\n').map((f) => f.rule)
    expect(fixed).not.toContain('DL3008')
    expect(fixed).not.toContain('DL3014')
  })

  it('holds over a long random session of edits drawn from every example and rule example', () => {
    const texts = [...listExamples().map((name) => loadExample(name).dockerfile), ...allRules.flatMap((r) => [...r.meta.examples.bad, ...r.meta.examples.good].map((e) => e.code))]
    const pool = [...new Set(texts.flatMap((t) => t.split('\n')))]
    // Lines that make findings depend on other lines of the stage, drawn half of the time.
    const related = [
      'RUN apt-get update', 'RUN apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*', 'RUN apk add curl', 'RUN apk del curl',
      'RUN pip install flask', 'RUN rm -rf /root/.cache/pip', 'COPY secret.txt /app/', 'RUN rm /app/secret.txt', 'WORKDIR /app', 'FROM alpine:3.20 AS base',
      'FROM base', 'ARG VERSION=1', 'ENV PATH=/app/bin:$PATH', 'USER node', 'COPY --from=base /app /app', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    ]
    let seed = 20261128
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const lines = realisticDockerfile(60).split('\n')
    lint(lines.join('\n'))
    for (let step = 0; step < 150; step++) {
      const at = random(lines.length)
      const line = random(2) === 0 ? related[random(related.length)]! : pool[random(pool.length)]!
      const op = random(3)
      if (op === 0) lines[at] = line
      else if (op === 1) lines.splice(at, 0, line)
      else if (lines.length > 5) lines.splice(at, 1)
      const text = lines.join('\n')
      expect(lint(text), `step ${step}`).toEqual(coldLint(text))
    }
  })
})
