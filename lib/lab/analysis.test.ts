import { describe, expect, it } from 'vitest'
import { analyze, countBySeverity } from './analysis'
import { examples } from './examples'
import { toBuildContext } from './context'

describe('crash-proof analysis', () => {
  it('returns the model and the findings of the text', () => {
    const a = analyze('FROM ubuntu:latest\nADD app.py /app/\n', null)
    expect(a.failure).toBeNull()
    expect(a.model?.stages).toHaveLength(1)
    expect(a.findings.map((f) => f.rule)).toContain('DL3020')
  })

  it('counts findings by severity', () => {
    const c = countBySeverity(analyze('FROM ubuntu:latest\nADD app.py /app/\n', null).findings)
    expect(c.total).toBe(c.error + c.warning + c.info + c.style)
    expect(c.error).toBeGreaterThan(0)
  })
})

describe('the example catalog', () => {
  it('has the seed examples, each analysable with its context', () => {
    expect(examples.map((e) => e.id)).toEqual(expect.arrayContaining(['go', 'node', 'frontend-nginx', 'rust-dummy', 'python-cleanup', 'node-bad-order']))
    for (const e of examples) {
      const a = analyze(e.dockerfile, toBuildContext(e.context))
      expect(a.failure, e.id).toBeNull()
      expect(a.model!.stages.length, e.id).toBeGreaterThan(0)
      expect(a.findings.filter((f) => f.rule === 'DL1000'), e.id).toEqual([])
    }
  })

  it('gives the bad-order Node example a src/index.js to edit in the what-if panel', () => {
    const e = examples.find((x) => x.id === 'node-bad-order')!
    expect(e.context.files.some((f) => f.path === 'src/index.js')).toBe(true)
    expect(e.dockerfile.indexOf('COPY . .')).toBeLessThan(e.dockerfile.indexOf('RUN npm ci'))
  })
})
