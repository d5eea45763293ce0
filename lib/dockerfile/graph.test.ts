import { describe, expect, it } from 'vitest'
import { stageGraph } from './graph'
import { parseDockerfile } from './parse'

const graph = (text: string, target?: string | null) => stageGraph(parseDockerfile(text), target)

const DIAMOND = [
  'FROM alpine:3.19 AS base',
  'FROM base AS deps',
  'RUN echo deps',
  'FROM base AS assets',
  'RUN echo assets',
  'FROM base AS test',
  'COPY --from=deps /x /x',
  'FROM alpine:3.19 AS final',
  'COPY --from=deps /d /d',
  'COPY --from=assets /a /a',
].join('\n')

describe('stageGraph: target and pruning', () => {
  it.each([
    ['defaults to the last stage', undefined, 4, 'final'],
    ['accepts a stage name', 'deps', 1, 'deps'],
    ['matches names case-insensitively', 'ASSETS', 2, 'assets'],
    ['accepts an index', '3', 3, 'test'],
  ])('%s', (_, target, index, name) => {
    const g = graph(DIAMOND, target)
    expect(g.target).toBe(index)
    expect(g.targetName).toBe(name)
  })

  it('builds only the stages the target reaches through FROM and COPY --from', () => {
    expect(graph(DIAMOND).built).toEqual([true, true, true, false, true])
    expect(graph(DIAMOND, 'test').built).toEqual([true, true, false, true, false])
    expect(graph(DIAMOND, 'base').built).toEqual([true, false, false, false, false])
  })

  it('follows RUN --mount=from= edges', () => {
    const g = graph('FROM alpine AS tools\nRUN echo\nFROM alpine AS other\nFROM alpine\nRUN --mount=from=tools,source=/bin,target=/t ls /t')
    expect(g.built).toEqual([true, false, true])
    expect(g.edges).toEqual([expect.objectContaining({ kind: 'mount', from: 0, to: 2, label: 'RUN --mount=from=tools,source=/bin' })])
  })

  it('names an unnamed target by its index', () => {
    expect(graph('FROM alpine\nRUN true').targetName).toBe('0')
  })

  it('reports an unknown target and builds nothing', () => {
    const g = graph(DIAMOND, 'nope')
    expect(g.target).toBeNull()
    expect(g.built.every((b) => !b)).toBe(true)
    expect(g.findings.map((f) => f.code)).toContain('unknown-target')
  })

  it('handles a file without stages', () => {
    const g = graph('# nothing here\n')
    expect(g).toMatchObject({ target: null, levels: [], findings: [] })
  })
})

describe('stageGraph: build order with parallel levels', () => {
  it('puts independent stages in the same level', () => {
    const g = graph(DIAMOND)
    expect(g.levels).toEqual([[0], [1, 2], [4]])
    expect(g.levelOf).toEqual([0, 1, 1, -1, 2])
  })

  it('lists dependencies per stage, sorted and without duplicates', () => {
    const g = graph(`${DIAMOND}\nCOPY --from=deps /e /e`)
    expect(g.dependsOn[4]).toEqual([1, 2])
    expect(g.dependsOn[1]).toEqual([0])
  })

  it('labels edges with what crosses them', () => {
    const labels = graph(DIAMOND).edges.map((e) => e.label)
    expect(labels).toContain('FROM base')
    expect(labels).toContain('COPY --from=deps /d /d')
  })

  it('keeps external images apart: they are not stages', () => {
    const g = graph('FROM alpine\nCOPY --from=nginx:1.27-alpine /etc/nginx/nginx.conf /etc/nginx/')
    expect(g.externalImages).toEqual([{ stage: 0, image: 'nginx:1.27-alpine', kind: 'copy', line: 1 }])
    expect(g.edges).toEqual([])
    expect(g.findings.map((f) => f.code)).toEqual(['external-image-reference'])
  })
})

describe('stageGraph: problems are findings, never exceptions', () => {
  it.each([
    ['duplicate stage names', 'FROM alpine AS a\nFROM alpine AS a\nRUN true', 'duplicate-stage-name', 2],
    ['a reference to a later stage', 'FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b', 'forward-reference', 2],
    ['a stage copying from itself', 'FROM alpine AS a\nCOPY --from=a /x /x', 'self-reference', 2],
    ['an index past the last stage', 'FROM alpine\nCOPY --from=3 /x /x', 'unknown-stage-index', 2],
    ['a typo in a stage name', 'FROM golang AS builder\nFROM alpine\nCOPY --from=biulder /x /x', 'possible-stage-typo', 3],
    ['a variable in --from', 'FROM alpine AS a\nFROM alpine\nCOPY --from=$SRC /x /x', 'variable-in-from-flag', 3],
  ])('reports %s', (_, text, code, line) => {
    const f = graph(text).findings.find((x) => x.code === code)
    expect(f).toBeDefined()
    expect(f!.line! + 1).toBe(line)
    expect(f!.message.en).not.toBe('')
    expect(f!.message.es).not.toBe('')
  })

  it('reports a cycle, still places every built stage and never loops', () => {
    const g = graph('FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /y /y\nFROM alpine\nCOPY --from=a /z /z')
    const cycle = g.findings.find((f) => f.code === 'cycle')
    expect(cycle?.message.en).toContain('a ↔ b')
    expect(cycle?.message.en).not.toContain('2')
    // Stages in or behind the cycle are placed last, together.
    expect(g.levels).toEqual([[0, 1, 2]])
  })
})
