/**
 * Runs generated inputs through every entry point of the analyzer — lint, simulate (analyze),
 * cache what-if and grade — and records throws and the slowest ms per kB.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { contextFromFiles } from '../lib/context/build'
import { extractFences } from '../lib/content/fence-meta'
import { parseDockerfile } from '../lib/dockerfile/parse'
import { fuzzInput, type FuzzKind } from '../lib/fixtures/fuzz-inputs'
import { gradeSubmission } from '../lib/grade/grade'
import { lint } from '../lib/lint/engine'
import { allRules } from '../lib/lint/rules'
import { simulateBuild } from '../lib/simulate/build'
import { whatIf } from '../lib/simulate/cache'
import { exercises } from '../lessons/exercises'

const root = path.resolve(import.meta.dirname, '..')

function walk(dir: string, out: string[] = []): string[] {
  let entries: string[] = []
  try {
    entries = readdirSync(dir)
  } catch {
    return out
  }
  for (const name of entries) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) walk(full, out)
    else out.push(full)
  }
  return out
}

/** Real Dockerfiles to mutate: lesson code blocks, lesson examples, exercise files and rule examples. */
export function loadCorpus(): string[] {
  const corpus: string[] = []
  for (const file of walk(path.join(root, 'lessons'))) {
    if (file.endsWith('.mdx')) corpus.push(...extractFences(readFileSync(file, 'utf8')).filter((f) => f.lang === 'dockerfile').map((f) => f.code))
    else if (file.endsWith('Dockerfile')) corpus.push(readFileSync(file, 'utf8'))
  }
  for (const rule of allRules) for (const ex of [...rule.meta.examples.bad, ...rule.meta.examples.good]) corpus.push(ex.code)
  return corpus
}

export interface FuzzFailure {
  index: number
  kind: FuzzKind
  stage: 'lint' | 'analyze' | 'what-if' | 'grade'
  error: string
  input: string
}

export interface FuzzStats {
  inputs: number
  throws: number
  failures: FuzzFailure[]
  /** Slowest ms per kB over inputs of at least 256 bytes (smaller ones are dominated by fixed costs). */
  slowestMsPerKB: number
  slowestMs: number
  totalMs: number
  byKind: Record<FuzzKind, number>
}

const context = contextFromFiles({ 'package.json': '{"name":"x","version":"1.0.0"}', 'package-lock.json': '{}', 'src/index.js': 'console.log(1)\n', 'go.mod': 'module x\n', 'main.go': 'package main\n' })

const exercise = exercises[0]!
const starter = { dockerfile: 'FROM golang:1.21\nCMD ["go"]\n' }
const editedContext = contextFromFiles({ ...Object.fromEntries(context.files.map((f) => [f.path, f.content ?? ''])), 'src/index.js': 'console.log(2)\n' })

/** Every entry point on one input; returns the stage that threw, or null. */
function runAll(text: string, i: number): { stage: FuzzFailure['stage']; error: unknown } | null {
  let stage: FuzzFailure['stage'] = 'lint'
  try {
    lint(text, { context })
    stage = 'analyze'
    const model = parseDockerfile(text)
    const first = simulateBuild({ model, context })
    stage = 'what-if'
    whatIf(first, simulateBuild({ model, context: editedContext }))
    // The grader runs on a tenth of the inputs: it repeats the work above several times over.
    if (i % 10 === 0) {
      stage = 'grade'
      gradeSubmission(exercise, { dockerfile: text }, { context, starter })
    }
    return null
  } catch (error) {
    return { stage, error }
  }
}

export function runFuzz(count: number, seed = 1, corpus: readonly string[] = loadCorpus()): FuzzStats {
  const stats: FuzzStats = { inputs: 0, throws: 0, failures: [], slowestMsPerKB: 0, slowestMs: 0, totalMs: 0, byKind: { soup: 0, mutated: 0, unicode: 0, bytes: 0 } }
  const timings: Array<{ i: number; ms: number; msPerKB: number }> = []
  for (let i = 0; i < count; i++) {
    const { kind, text } = fuzzInput(seed, i, corpus)
    stats.inputs++
    stats.byKind[kind]++
    const t0 = performance.now()
    const crash = runAll(text, i)
    const ms = performance.now() - t0
    if (crash) {
      stats.throws++
      const error = crash.error as Error
      if (stats.failures.length < 20) stats.failures.push({ index: i, kind, stage: crash.stage, error: error?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(error), input: text.slice(0, 300) })
    }
    stats.totalMs += ms
    timings.push({ i, ms, msPerKB: text.length >= 256 ? ms / (text.length / 1024) : 0 })
  }
  // One slow reading can be a GC pause or another process: re-time the slowest inputs, best of three.
  const retime = (i: number) => {
    const { text } = fuzzInput(seed, i, corpus)
    let best = Infinity
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now()
      runAll(text, i)
      best = Math.min(best, performance.now() - t0)
    }
    return { ms: best, msPerKB: text.length >= 256 ? best / (text.length / 1024) : 0 }
  }
  for (const t of [...timings].sort((a, b) => b.msPerKB - a.msPerKB).slice(0, 25)) stats.slowestMsPerKB = Math.max(stats.slowestMsPerKB, retime(t.i).msPerKB)
  for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 25)) stats.slowestMs = Math.max(stats.slowestMs, retime(t.i).ms)
  return stats
}
