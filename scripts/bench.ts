/**
 * `npm run bench [-- --json]`: medians measured in-process, next to the peer (dockerfile-utils
 * `validate`) on the same text in the same run. Benchmarks, not timed tests.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { validate } from 'dockerfile-utils'
import { contextFromFiles } from '../lib/context/build'
import { clearChunkCache, parseDockerfile } from '../lib/dockerfile/parse'
import { realisticDockerfile } from '../lib/fixtures/realistic'
import { lint } from '../lib/lint/engine'
import { clearShellCache } from '../lib/shell/parse'
import { analyzeAndWhatIf } from '../lib/simulate'
import { MULTISTAGE_100, multistageContext } from '../lib/simulate/fixtures/multistage'

const asJson = process.argv.includes('--json')

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/** Runs `fn` for warm-up, then times `runs` calls; returns the median in µs. */
function measure(fn: (i: number) => void, runs: number, warmup = Math.min(100, runs)): number {
  for (let i = 0; i < warmup; i++) fn(i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    fn(i + warmup)
    times.push(Number(process.hrtime.bigint() - t0) / 1000)
  }
  return median(times)
}

/**
 * Times two functions call by call, alternately, so both see the same machine (load, frequency,
 * garbage from each other): the ratio stays steady even when the machine is not. Medians in µs.
 */
function measurePair(a: () => void, b: () => void, runs: number, warmup = Math.min(100, runs)): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a()
    b()
  }
  const ta: number[] = []
  const tb: number[] = []
  for (let i = 0; i < runs; i++) {
    let t0 = process.hrtime.bigint()
    a()
    ta.push(Number(process.hrtime.bigint() - t0) / 1000)
    t0 = process.hrtime.bigint()
    b()
    tb.push(Number(process.hrtime.bigint() - t0) / 1000)
  }
  return [median(ta), median(tb)]
}

function runsFor(lines: number): number {
  return lines <= 30 ? 1000 : lines <= 100 ? 400 : lines <= 1000 ? 60 : 8
}

function coldLint(text: string): void {
  clearChunkCache()
  clearShellCache()
  lint(text)
}

function peer(text: string): void {
  try {
    validate(text)
  } catch {
    // The peer throws on some inputs; the benchmark texts are valid, so this does not happen.
  }
}

/** Re-lint after a one-line edit: each run changes one RUN line to a text never seen before. */
function relint(text: string): (i: number) => void {
  const lines = text.split('\n')
  const target = lines.findIndex((l) => l.startsWith('RUN CGO_ENABLED'))
  coldLint(text)
  return (i) => {
    const edited = [...lines]
    edited[target] = `${lines[target]} # edit ${i}`
    lint(edited.join('\n'))
  }
}

// Warm both linters up first, so the first case measured is not also measuring the JIT.
{
  const text = realisticDockerfile(100)
  measurePair(() => coldLint(text), () => peer(text), 300, 0)
}

const results: Record<string, unknown> = {}
const table: string[][] = [['case', 'lines', 'stagecraft µs', 'peer µs', 'ratio']]

for (const lines of [30, 100, 300]) {
  const text = realisticDockerfile(lines)
  const [ours, theirs] = measurePair(() => coldLint(text), () => peer(text), runsFor(lines))
  table.push(['lint (cold)', String(lines), ours.toFixed(0), theirs.toFixed(0), `${(ours / theirs).toFixed(2)}×`])
  results[`lint${lines}`] = { medianMicros: Math.round(ours), peerMedianMicros: Math.round(theirs), lines }
}
{
  const text = realisticDockerfile(100)
  const ours = measure(relint(text), 400)
  const theirs = (results.lint100 as { peerMedianMicros: number }).peerMedianMicros
  table.push(['re-lint after a one-line edit', '100', ours.toFixed(0), String(theirs), `${(ours / theirs).toFixed(2)}×`])
  results.relint = { medianMicros: Math.round(ours), lines: 100, peerMedianMicros: theirs }
}

// Growth from 100 to 10,000 lines: µs per line should stay flat if the work is linear.
const growth: Array<{ lines: number; medianMicros: number; microsPerLine: number; peerMedianMicros: number }> = []
for (const lines of [100, 1000, 10_000]) {
  const text = realisticDockerfile(lines)
  const [ours, theirs] = measurePair(() => coldLint(text), () => peer(text), runsFor(lines), 2)
  growth.push({ lines, medianMicros: Math.round(ours), microsPerLine: +(ours / lines).toFixed(2), peerMedianMicros: Math.round(theirs) })
  table.push(['lint growth', String(lines), ours.toFixed(0), theirs.toFixed(0), `${(ours / lines).toFixed(2)} µs/line`])
}
results.growth = growth

// Analyze (simulate the build) plus a what-if (a second build after a source edit), as the lab does per keystroke.
{
  const context = multistageContext()
  const ours = measure(() => analyzeAndWhatIf(MULTISTAGE_100, context, ['api/cmd/api/main.go']), 400)
  table.push(['analyze + what-if', String(MULTISTAGE_100.split('\n').length - 1), ours.toFixed(0), '—', 'target ≤ 1000 µs'])
  results.analyze = { medianMicros: Math.round(ours), lines: MULTISTAGE_100.split('\n').length - 1 }
}
const analyzeGrowth: Array<{ lines: number; medianMicros: number; microsPerLine: number }> = []
{
  const context = contextFromFiles({ 'package.json': '{}', 'package-lock.json': '{}', 'go.mod': 'module x\n', 'go.sum': '', 'cmd/app/main.go': 'package main\n' })
  for (const lines of [100, 1000, 10_000]) {
    const text = realisticDockerfile(lines)
    const ours = measure(() => analyzeAndWhatIf(text, context, ['cmd/app/main.go']), runsFor(lines), 2)
    analyzeGrowth.push({ lines, medianMicros: Math.round(ours), microsPerLine: +(ours / lines).toFixed(2) })
    table.push(['analyze + what-if growth', String(lines), ours.toFixed(0), '—', `${(ours / lines).toFixed(2)} µs/line`])
  }
}
results.analyzeGrowth = analyzeGrowth

// Peak memory of the CLI linting and analyzing a 10,000-line file, measured in a child process.
{
  const dir = mkdtempSync(path.join(tmpdir(), 'stagecraft-bench-'))
  const file = path.join(dir, 'Dockerfile')
  writeFileSync(file, realisticDockerfile(10_000))
  const root = path.resolve(import.meta.dirname, '..')
  const peak = (command: string) => {
    const r = spawnSync(process.execPath, ['--import', path.join(root, 'scripts/report-peak-rss.mjs'), path.join(root, 'bin/stagecraft.js'), command, file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    const kb = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN)
    return Math.round(kb / 1024)
  }
  const lintMB = peak('lint')
  const analyzeMB = peak('analyze')
  table.push(['CLI peak memory, lint', '10000', `${lintMB} MB`, '—', ''])
  table.push(['CLI peak memory, analyze', '10000', `${analyzeMB} MB`, '—', ''])
  results.cliPeakMemory = { lines: 10_000, lintMB, analyzeMB }
}
results.lint = results.lint100
results.parse100 = { medianMicros: Math.round(measure(() => { clearChunkCache(); parseDockerfile(realisticDockerfile(100)) }, 400)) }

if (asJson) {
  process.stdout.write(`${JSON.stringify(results)}\n`)
} else {
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)))
  for (const row of table) process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}\n`)
}
