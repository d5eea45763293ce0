/**
 * Robustness: the simulator, the what-if and the queries never throw on any model the parser
 * produces — random instruction soups, reference cycles, 500-stage files — and the keys-only mode
 * computes exactly the keys of a full simulation.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contextFromFiles } from '@/lib/context/build'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { imageSummary, simulateBuild } from './build'
import { progressLog, renderProgress, whatIf } from './cache'
import { builtStages, finalUser, findPath, layersWith, startCheck } from './queries'
import type { BuildResult } from './types'

const context = contextFromFiles({ 'package.json': '{"dependencies":{"express":"4"}}', 'src/a.js': 'a', 'go.mod': 'module x', '.env': 'S=1', 'requirements.txt': 'flask\n' })

const names = fc.constantFrom('a', 'b', 'build', 'Build', 'final', '0', '1', '7', 'nginx:alpine', 'biuld', '$X', '')
const images = fc.constantFrom('alpine:3.19', 'node:20-alpine', 'golang:1.21', 'scratch', 'gcr.io/distroless/static-debian12:nonroot', 'a', 'build', '${BASE}', 'weird/Image:Tag', '')
const paths = fc.constantFrom('/app', '.', 'src', '/out/app', '/usr/local/go', 'package*.json', '*', '/var/lib/apt/lists/*', '~/.npm', '../x', '')
const junk = fc.string({ maxLength: 30 })

const line = fc.oneof(
  fc.tuple(images, fc.option(names)).map(([img, n]) => `FROM ${img}${n ? ` AS ${n}` : ''}`),
  fc.tuple(names, paths, paths).map(([n, s, d]) => `COPY --from=${n} ${s} ${d}`),
  fc.tuple(paths, paths).map(([s, d]) => `COPY ${s} ${d}`),
  fc.tuple(paths, paths).map(([s, d]) => `COPY --link --chown=app:app ${s} ${d}`),
  fc.tuple(paths, paths).map(([s, d]) => `ADD ${s} ${d}`),
  fc.constantFrom(
    'RUN apt-get update && apt-get install -y build-essential', 'RUN rm -rf /var/lib/apt/lists/*', 'RUN npm ci', 'RUN npm run build',
    'RUN go build -o /out/app', 'RUN pip install -r requirements.txt', 'RUN apk add --virtual .d gcc && apk del .d', 'RUN chown -R app /app',
    'RUN --mount=type=cache,target=/root/.npm npm ci', 'RUN --mount=from=a,source=/x,target=/y ls', 'RUN useradd app', 'RUN cp -r /app /app2',
    'RUN mv /app /srv', 'RUN cargo build --release', 'RUN mvn package', 'RUN curl -o /tmp/x https://e.com/x && tar -xzf /tmp/x -C /opt',
    'RUN <<EOF\napt-get update\nEOF', 'ONBUILD RUN npm ci', 'ONBUILD COPY . /app',
  ),
  fc.tuple(paths).map(([p]) => `WORKDIR ${p}`),
  fc.constantFrom('USER app', 'USER 1000:1000', 'USER $U', 'ENV A=1 B=2', 'ARG X=1', 'ARG BASE', 'LABEL a=b', 'EXPOSE 80', 'CMD ["node","a.js"]', 'ENTRYPOINT /app', 'SHELL ["/bin/bash","-c"]', 'HEALTHCHECK NONE', 'VOLUME /data'),
  junk.map((s) => `RUN ${s}`),
  junk,
)

const dockerfile = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'))

function noInternalError(r: BuildResult): void {
  expect(r.findings.some((f) => f.message.en.startsWith('The simulator failed'))).toBe(false)
}

function exercise(r: BuildResult): void {
  noInternalError(r)
  renderProgress(progressLog(r))
  builtStages(r)
  finalUser(r)
  startCheck(r)
  findPath(r, '/app/a.js')
  layersWith(r, 'secret')
  for (const s of r.stages) imageSummary(s)
}

describe('the simulator never throws', () => {
  it('on random Dockerfiles, with and without a context, any target', () => {
    fc.assert(fc.property(dockerfile, fc.boolean(), fc.option(names), (text, withContext, target) => {
      const model = parseDockerfile(text)
      const first = simulateBuild({ model, context: withContext ? context : null, target })
      exercise(first)
      const second = simulateBuild({ model: parseDockerfile(`${text}\nRUN echo more`), context: withContext ? contextFromFiles({ 'src/a.js': 'changed' }) : null, target, buildArgs: { X: '2' } })
      exercise(second)
      const w = whatIf(first, second)
      for (const s of w.steps) expect(typeof s.explanation.en).toBe('string')
      renderProgress(progressLog(second, w.steps))
    }), { numRuns: 300 })
  })

  it('keys-only mode computes exactly the keys of a full simulation', () => {
    fc.assert(fc.property(dockerfile, fc.boolean(), (text, withContext) => {
      const input = { model: parseDockerfile(text), context: withContext ? context : null }
      const full = simulateBuild(input).cacheSteps.map((s) => s.key)
      const keys = simulateBuild(input, { keysOnly: true }).cacheSteps.map((s) => s.key)
      expect(keys).toEqual(full)
    }), { numRuns: 200 })
  })

  it('on reference cycles between stages', () => {
    const text = 'FROM alpine AS a\nCOPY --from=c /x /x\nFROM a AS b\nCOPY --from=b /y /y\nFROM alpine AS c\nCOPY --from=b /z /z\nRUN --mount=from=c,target=/m ls\n'
    const r = simulateBuild({ model: parseDockerfile(text) })
    exercise(r)
    expect(r.findings.map((f) => f.code)).toContain('cycle')
    whatIf(r, r)
  })

  it('on a 500-stage file chained with FROM and COPY --from in both directions', () => {
    const parts: string[] = []
    for (let i = 0; i < 500; i++) {
      parts.push(i === 0 ? 'FROM alpine:3.19 AS s0' : `FROM s${i - 1} AS s${i}`)
      parts.push(`RUN echo ${i} > /f${i}`)
      parts.push(`COPY --from=s${(i * 7) % 500} /f${(i * 7) % 500} /g${i}`)
    }
    const model = parseDockerfile(parts.join('\n'))
    const t0 = performance.now()
    const r = simulateBuild({ model })
    const w = whatIf(simulateBuild({ model }, { keysOnly: true }), r)
    const elapsed = performance.now() - t0
    noInternalError(r)
    expect(r.stages).toHaveLength(500)
    expect(w.steps.length).toBeGreaterThan(1000)
    expect(r.findings.map((f) => f.code)).toContain('forward-reference')
    expect(elapsed).toBeLessThan(20_000)
  })

  it('on empty and comment-only files', () => {
    for (const text of ['', '# just a comment', 'RUN echo no from', 'ARG A=1']) {
      const r = simulateBuild({ model: parseDockerfile(text) })
      expect(r.target).toBeNull()
      expect(r.findings.map((f) => f.code)).toContain('no-stages')
      whatIf(r, r)
      renderProgress(progressLog(r))
    }
  })
})

describe('the stage memo changes nothing but speed', () => {
  function summary(r: BuildResult) {
    return {
      keys: r.cacheSteps.map((s) => `${s.stage}:${s.instruction?.range.start.line ?? '-'}:${s.key}`).sort(),
      stages: r.stages.map((s) => ({ bytes: s.estimatedBytes, built: s.built, layers: s.layers.map((l) => `${l.id}:${l.line}:${l.bytes}`), fs: [...s.fs.keys()].sort(), instructions: s.instructions.map((i) => `${i.line}:${i.estimatedBytes}`) })),
      findings: r.findings.map((f) => `${f.line}:${f.code}`).sort(),
      image: r.image && { bytes: r.image.estimatedBytes, wasted: r.image.wastedBytes, efficiency: r.image.efficiency },
    }
  }

  it('memoized and fresh simulations agree after random edits, context changes and build args', () => {
    fc.assert(fc.property(dockerfile, dockerfile, fc.boolean(), fc.boolean(), (a, b, withContext, keysOnly) => {
      const ctxA = withContext ? context : null
      const ctxB = withContext ? contextFromFiles({ 'package.json': '{"dependencies":{"react":"18"}}', 'src/a.js': 'b', 'go.mod': 'module x' }) : null
      for (const [text, ctx, args] of [[a, ctxA, {}], [`${a}\n${b}`, ctxB, { X: '3' }], [a, ctxA, {}]] as const) {
        const model = parseDockerfile(text)
        const memo = simulateBuild({ model, context: ctx, buildArgs: args }, { keysOnly })
        const fresh = simulateBuild({ model, context: ctx, buildArgs: args }, { keysOnly, memo: false })
        expect(summary(memo)).toEqual(summary(fresh))
        for (const [instr, step] of memo.stepOf) expect(model.instructions.includes(instr) || model.instructions.some((i) => i.trigger === instr) || step.instruction === instr).toBe(true)
      }
    }), { numRuns: 200 })
  })
})
