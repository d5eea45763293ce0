import { it } from 'vitest'
import { analyzeAndWhatIf, simulateBuild, formatBytes, whatIf } from '@/lib/simulate'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { MULTISTAGE_100, multistageContext } from './fixtures/multistage'
it('bench', () => {
  const ctx = multistageContext()
  console.log(MULTISTAGE_100.split('\n').length - 1)
  for (let i = 0; i < 300; i++) analyzeAndWhatIf(MULTISTAGE_100, ctx, ['web/src/App.tsx'])
  const times: number[] = []
  for (let i = 0; i < 500; i++) { const t0 = performance.now(); analyzeAndWhatIf(MULTISTAGE_100, ctx, ['web/src/App.tsx']); times.push(performance.now() - t0) }
  times.sort((a, b) => a - b)
  console.log('median µs', times[250]! * 1000)
  const p: number[] = []
  for (let i = 0; i < 500; i++) { const t0 = performance.now(); parseDockerfile(MULTISTAGE_100); p.push(performance.now() - t0) }
  p.sort((a, b) => a - b)
  console.log('parse µs', p[250]! * 1000)
  const model = parseDockerfile(MULTISTAGE_100)
  const r = simulateBuild({ model, context: ctx })
  for (const s of r.stages) console.log(s.label, s.built, formatBytes(s.estimatedBytes))
  console.log(r.findings.map((f) => `${f.line} ${f.code} ${f.message.en}`).join('\n'))
  const w = analyzeAndWhatIf(MULTISTAGE_100, ctx, ['web/src/App.tsx'])
  console.log(w.steps.filter(s=>s.status!=='hit').map(s => `${s.line} ${s.keyword} ${s.status} ${s.reason} ${s.explanation.en}`).join('\n'))
  void whatIf
})
