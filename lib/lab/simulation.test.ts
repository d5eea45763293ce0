import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { toBuildContext } from './context'
import { findExample } from './examples'
import { EMPTY_WHAT_IF } from './share'
import { declaredArgs, simulateLab, targetChoices } from './simulation'

const badOrder = findExample('node-bad-order')!
const goodOrder = 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "src/index.js"]\n'
const ctx = toBuildContext(badOrder.context)

const stepAt = (sim: ReturnType<typeof simulateLab>, line: number) => sim!.rebuild.steps.find((s) => s.line === line)

describe('the lab simulation', () => {
  it('rebuilds npm ci when src/index.js changes and the whole context is copied first', () => {
    const sim = simulateLab({ model: parseDockerfile(badOrder.dockerfile), context: ctx, whatIf: { ...EMPTY_WHAT_IF, changed: ['src/index.js'] } })
    expect(stepAt(sim, 4)).toMatchObject({ keyword: 'RUN', status: 'miss' })
  })

  it('keeps npm ci cached after copying the manifests first', () => {
    const sim = simulateLab({ model: parseDockerfile(goodOrder), context: ctx, whatIf: { ...EMPTY_WHAT_IF, changed: ['src/index.js'] } })
    expect(stepAt(sim, 4)).toMatchObject({ keyword: 'RUN', status: 'hit' })
    expect(stepAt(sim, 5)).toMatchObject({ keyword: 'COPY', status: 'miss', reason: 'source-files-changed' })
  })

  it('hits everywhere when nothing changed', () => {
    const sim = simulateLab({ model: parseDockerfile(goodOrder), context: ctx, whatIf: EMPTY_WHAT_IF })
    expect(sim!.rebuild.misses).toBe(0)
  })

  it('compares with the reference version when asked', () => {
    const sim = simulateLab({ model: parseDockerfile(goodOrder), context: ctx, whatIf: EMPTY_WHAT_IF, reference: { text: badOrder.dockerfile }, compareWithReference: true })
    expect(sim!.rebuild.misses).toBeGreaterThan(0)
    expect(sim!.referenceBuild?.image?.estimatedBytes).toBeGreaterThan(0)
  })

  it('skips stages the target does not need', () => {
    const node = findExample('node')!
    const sim = simulateLab({ model: parseDockerfile(node.dockerfile), context: toBuildContext(node.context), whatIf: { ...EMPTY_WHAT_IF, target: 'builder' } })
    expect(sim!.build.graph.built).toEqual([true, false])
    expect(sim!.rebuild.steps.filter((s) => s.stage === 1).every((s) => s.status === 'skipped')).toBe(true)
  })

  it('lists declared build args and target choices', () => {
    const model = parseDockerfile('ARG BASE=alpine:3.20\nFROM $BASE AS build\nARG VERSION\nFROM build\n')
    expect(declaredArgs(model)).toEqual([
      { name: 'BASE', defaultValue: 'alpine:3.20', line: 1, global: true },
      { name: 'VERSION', defaultValue: null, line: 3, global: false },
    ])
    expect(targetChoices(model)).toEqual([{ value: 'build', label: 'build' }, { value: '1', label: '#1' }])
  })

  it('never throws on hostile text', () => {
    for (const text of ['', 'FROM', '\tRUN $x', 'FROM a AS a\nFROM a AS a\nCOPY --from=a / /', 'FROM scratch\nCOPY --from=0 / /']) {
      expect(() => simulateLab({ model: parseDockerfile(text), context: null, whatIf: EMPTY_WHAT_IF })).not.toThrow()
    }
  })
})
