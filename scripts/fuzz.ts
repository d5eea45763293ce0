/** `npm run fuzz [-- --count N --seed S --json]`: 100k generated inputs through lint, analyze, what-if and grade. */
import { runFuzz } from './fuzz-runner'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const count = arg('count', 100_000)
const seed = arg('seed', 1)
const t0 = performance.now()
const stats = runFuzz(count, seed)
const seconds = (performance.now() - t0) / 1000
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ ...stats, seconds: +seconds.toFixed(1) })}\n`)
} else {
  process.stdout.write(`inputs: ${stats.inputs} (${Object.entries(stats.byKind).map(([k, v]) => `${k} ${v}`).join(', ')}), seed ${seed}\n`)
  process.stdout.write(`throws: ${stats.throws} (target 0)\n`)
  process.stdout.write(`slowest: ${stats.slowestMsPerKB.toFixed(2)} ms/kB (target ≤ 50), ${stats.slowestMs.toFixed(1)} ms for one input\n`)
  process.stdout.write(`time: ${seconds.toFixed(1)} s, ${(stats.totalMs / stats.inputs).toFixed(3)} ms per input\n`)
  for (const f of stats.failures) process.stdout.write(`  #${f.index} ${f.kind} in ${f.stage}: ${f.error}\n    ${JSON.stringify(f.input)}\n`)
}
process.exitCode = stats.throws === 0 ? 0 : 1
