/** `stagecraft analyze`: the simulated build — stages, layers, estimated size, waste and findings. */
import path from 'node:path'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import type { Locale } from '@/lib/lint/rule'
import { formatBytes, imageSummary, progressLog, renderProgress, simulateBuild, type BuildResult, type SimFinding } from '@/lib/simulate'
import { flag, parseArgs, UsageError } from '../args'
import type { Command } from '../command'
import { readContextDir, readTextInput } from '../io'

export function findingJson(f: SimFinding, locale: Locale) {
  return { code: f.code, severity: f.severity, line: f.line, stage: f.stage, message: f.message[locale] }
}

/** The JSON contract of `stagecraft analyze --format json` (keys in this order). */
export function analyzeJson(result: BuildResult, locale: Locale) {
  return {
    target: result.targetName,
    stages: result.stages.map((s) => ({
      index: s.index,
      name: s.name,
      from: s.from,
      built: s.built,
      dependsOn: s.dependsOn,
      instructions: s.instructions.map((i) => ({ line: i.line, keyword: i.keyword, createsLayer: i.createsLayer, estimatedBytes: i.estimatedBytes })),
      estimatedBytes: s.estimatedBytes,
    })),
    image: result.image
      ? { estimatedBytes: result.image.estimatedBytes, wastedBytes: result.image.wastedBytes, efficiency: result.image.efficiency }
      : null,
    findings: result.findings.map((f) => findingJson(f, locale)),
  }
}

function percent(n: number): string {
  return `${(n * 100).toFixed(1)} %`
}

export function analyzeText(result: BuildResult, locale: Locale): string {
  const es = locale === 'es'
  const out: string[] = []
  const target = result.target !== null ? result.stages[result.target] : undefined
  out.push(es ? `Objetivo: ${result.targetName}` : `Target: ${result.targetName}`)
  for (const level of result.graph.levels) {
    const names = level.map((i) => result.stages[i]?.label ?? String(i))
    out.push(`  ${es ? 'nivel' : 'level'} ${result.graph.levels.indexOf(level)}: ${names.join(', ')}`)
  }
  for (const s of result.stages) {
    out.push('')
    out.push(`[${s.label}] FROM ${s.from} — ${s.built ? formatBytes(s.estimatedBytes) : es ? 'no se construye' : 'not built'}`)
    if (!s.built) continue
    for (const i of s.instructions) {
      const size = i.keyword === 'FROM' || i.createsLayer ? formatBytes(i.estimatedBytes) : es ? 'metadatos' : 'metadata'
      out.push(`  ${String(i.line).padStart(4)} ${i.keyword.padEnd(11)} ${size.padStart(9)}  ${i.reasons.slice(0, 3).map((r) => r.text[locale]).join('; ')}`)
    }
  }
  if (target && result.image) {
    out.push('')
    out.push(es
      ? `Imagen final (${target.label}): ≈ ${formatBytes(result.image.estimatedBytes)}, desperdicio ${formatBytes(result.image.wastedBytes)}, eficiencia ${percent(result.image.efficiency)}`
      : `Final image (${target.label}): ≈ ${formatBytes(result.image.estimatedBytes)}, wasted ${formatBytes(result.image.wastedBytes)}, efficiency ${percent(result.image.efficiency)}`)
    for (const w of imageSummary(target).waste.slice(0, 10)) out.push(`  ${w.explanation[locale]}`)
  }
  if (result.findings.length) {
    out.push('')
    for (const f of result.findings) out.push(`${f.line ?? '-'} ${f.severity} ${f.code}: ${f.message[locale]}`)
  }
  out.push('')
  out.push(renderProgress(progressLog(result)).trimEnd())
  for (const a of result.assumptions) out.push(`* ${a[locale]}`)
  return `${out.join('\n')}\n`
}

/** The Dockerfile's path relative to the context, when it lives inside it (so `COPY . .` sees it). */
export function dockerfileInContext(dockerfile: string, contextDir: string): string | null {
  if (dockerfile === '-') return null
  const rel = path.relative(path.resolve(contextDir), path.resolve(dockerfile))
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : null
}

export const analyzeCommand: Command = {
  summary: 'simulate the build: stages, layers, estimated size, wasted space',
  usage: [
    'Usage: stagecraft analyze <Dockerfile|-> [--target NAME] [--context DIR] [--format json|text] [--locale es|en]',
    '',
    'Simulates what BuildKit would do without building: which stages the target needs, the layers',
    'each instruction creates with estimated bytes, the final image size, wasted space and efficiency.',
    'Without --context, COPY/ADD use typical sizes. Exit codes: 0 ok, 2 bad input (unknown target,',
    'unreadable file or context, no FROM).',
  ].join('\n'),
  async run(argv, io) {
    const args = parseArgs(argv, { target: {}, context: {}, format: { choices: ['json', 'text'] }, locale: { choices: ['es', 'en'] } }, 'analyze')
    if (args.positionals.length !== 1) throw new UsageError('expected exactly one Dockerfile path (or - for stdin)')
    const file = args.positionals[0]!
    const { text } = await readTextInput(file, io)
    const contextDir = flag(args, 'context')
    const context = contextDir ? readContextDir(contextDir) : null
    const model = parseDockerfile(text)
    if (model.stages.length === 0) throw new UsageError('the Dockerfile has no FROM instruction')
    const target = flag(args, 'target') ?? null
    const result = simulateBuild({ model, context, target, dockerfilePath: contextDir ? dockerfileInContext(file, contextDir) : null })
    if (result.target === null) throw new UsageError(`target stage "${target}" could not be found`)
    const locale = (flag(args, 'locale') ?? 'en') as Locale
    if ((flag(args, 'format') ?? 'text') === 'json') io.stdout(`${JSON.stringify(analyzeJson(result, locale))}\n`)
    else io.stdout(analyzeText(result, locale))
    return 0
  },
}
