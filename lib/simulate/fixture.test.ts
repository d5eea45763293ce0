/** The 100-line benchmark fixture: what analyze + what-if report for it (the numbers the bench times). */
import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { simulateBuild } from './build'
import { analyzeAndWhatIf } from './index'
import { MULTISTAGE_100, multistageContext } from './fixtures/multistage'

describe('the 100-line multistage fixture', () => {
  const context = multistageContext()

  it('has 100 lines and builds the stages the default target needs', () => {
    expect(MULTISTAGE_100.trimEnd().split('\n')).toHaveLength(100)
    const r = simulateBuild({ model: parseDockerfile(MULTISTAGE_100), context })
    expect(r.targetName).toBe('release')
    expect(r.stages.filter((s) => s.built).map((s) => s.label)).toEqual(['go-deps', 'api-build', 'web-deps', 'web-build', 'certs', 'api', 'edge', 'release'])
    expect(r.graph.levels.map((l) => l.map((i) => r.stages[i]!.label))).toEqual([['go-deps', 'web-deps', 'certs'], ['api-build', 'web-build'], ['api', 'edge'], ['release']])
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(r.image!.estimatedBytes).toBeGreaterThan(50_000_000)
    expect(r.image!.estimatedBytes).toBeLessThan(90_000_000)
  })

  it('a frontend edit rebuilds the web stages and what depends on them, nothing else', () => {
    for (const memo of [true, false]) {
      const w = analyzeAndWhatIf(MULTISTAGE_100, context, ['web/src/App.tsx'], { memo })
      const missed = w.steps.filter((s) => s.status === 'miss').map((s) => `${s.line} ${s.reason}`)
      expect(missed).toEqual(['33 source-files-changed', '35 parent-missed', '87 copied-stage-rebuilt', '92 parent-missed', '95 parent-missed'])
      expect(w.steps.filter((s) => s.status === 'skipped').length).toBeGreaterThan(20)
    }
  })

  it('a change to an ignored file hits everywhere', () => {
    expect(analyzeAndWhatIf(MULTISTAGE_100, context, ['.env']).misses).toBe(0)
  })
})
