/** `stagecraft cache`: simulate a first build and a second one, and say which steps hit the cache. */
import path from 'node:path'
import { applyContextChange } from '@/lib/context/build'
import { normalizeContextPath } from '@/lib/context/dockerignore'
import type { BuildContext } from '@/lib/context/types'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import type { Locale } from '@/lib/lint/rule'
import { progressLog, simulateBuild, whatIf, type WhatIfResult } from '@/lib/simulate'
import { flag, flagList, parseArgs, UsageError } from '../args'
import type { Command } from '../command'
import { readContextDir, readTextInput } from '../io'
import { dockerfileInContext } from './analyze'

/** The JSON contract of `stagecraft cache --format json`: one step per instruction of the second build. */
export function cacheJson(result: WhatIfResult, locale: Locale) {
  return {
    steps: result.steps.map((s) => ({ stage: s.stage, line: s.line, keyword: s.keyword, status: s.status, reason: s.reason, explanation: s.explanation[locale] })),
  }
}

/** `--build-arg NAME=VALUE` values. */
export function parseBuildArgs(values: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const v of values) {
    const eq = v.indexOf('=')
    if (eq <= 0) throw new UsageError(`--build-arg expects NAME=VALUE, not '${v}'`)
    out[v.slice(0, eq)] = v.slice(eq + 1)
  }
  return out
}

/** Context paths for `--change`: relative to the context dir; a directory marks every file under it. */
export function changedPaths(context: BuildContext, contextDir: string, changes: string[]): { modified: string[]; added: string[] } {
  const modified: string[] = []
  const added: string[] = []
  const known = new Set(context.files.map((f) => f.path))
  for (const raw of changes) {
    const rel = path.isAbsolute(raw) ? path.relative(path.resolve(contextDir), raw).split(path.sep).join('/') : raw
    const clean = normalizeContextPath(rel)
    if (!clean || clean.startsWith('../')) throw new UsageError(`--change ${raw} is outside the context`)
    if (known.has(clean)) modified.push(clean)
    else {
      const under = context.files.filter((f) => f.path.startsWith(`${clean}/`)).map((f) => f.path)
      if (under.length) modified.push(...under)
      else added.push(clean)
    }
  }
  return { modified, added }
}

export const cacheCommand: Command = {
  summary: 'simulate a rebuild: which steps hit or miss the build cache, and why',
  usage: [
    'Usage: stagecraft cache <Dockerfile|-> --context DIR [--change PATH]… [--build-arg NAME=VALUE]…',
    '                        [--previous OLD_DOCKERFILE] [--target NAME] [--format json|text] [--locale es|en]',
    '',
    'Simulates a first build (the context as it is, default build args, --previous if given) and a',
    'second one (this Dockerfile, --change paths modified — a path absent from DIR counts as added —',
    'and --build-arg values), then prints hit/miss/skipped for every instruction of the second build.',
    'Exit codes: 0 ok, 2 bad input.',
  ].join('\n'),
  async run(argv, io) {
    const args = parseArgs(argv, {
      context: {}, change: { multiple: true }, 'build-arg': { multiple: true }, previous: {}, target: {},
      format: { choices: ['json', 'text'] }, locale: { choices: ['es', 'en'] },
    }, 'cache')
    if (args.positionals.length !== 1) throw new UsageError('expected exactly one Dockerfile path (or - for stdin)')
    const contextDir = flag(args, 'context')
    if (!contextDir) throw new UsageError('--context DIR is required')
    const file = args.positionals[0]!
    const { text } = await readTextInput(file, io)
    const previousFile = flag(args, 'previous')
    const previousText = previousFile ? (await readTextInput(previousFile, io, 'previous Dockerfile')).text : text
    const buildArgs = parseBuildArgs(flagList(args, 'build-arg'))
    const context = readContextDir(contextDir)
    const model = parseDockerfile(text)
    const previous = previousFile ? parseDockerfile(previousText) : model
    if (model.stages.length === 0) throw new UsageError('the Dockerfile has no FROM instruction')
    const target = flag(args, 'target') ?? null
    const dockerfilePath = dockerfileInContext(file, contextDir)
    const first = simulateBuild({ model: previous, context, target, dockerfilePath }, { keysOnly: true })
    const change = changedPaths(context, contextDir, flagList(args, 'change'))
    const second = simulateBuild({ model, context: applyContextChange(context, change), target, buildArgs, dockerfilePath })
    if (second.target === null) throw new UsageError(`target stage "${target}" could not be found`)
    const result = whatIf(first, second)
    const locale = (flag(args, 'locale') ?? 'en') as Locale
    if ((flag(args, 'format') ?? 'text') === 'json') {
      io.stdout(`${JSON.stringify(cacheJson(result, locale))}\n`)
      return 0
    }
    const byLine = new Map(result.steps.map((s) => [`${s.stage}:${s.line}`, s] as const))
    const out: string[] = []
    for (const l of progressLog(second, result.steps)) {
      out.push(`#${l.id} ${l.label ? `[${l.label}] ` : ''}${l.text}`)
      if (!l.status) continue
      const step = l.stage !== null && l.line !== null ? byLine.get(`${l.stage}:${l.line}`) : undefined
      out.push(`#${l.id} ${l.status}${step && step.status === 'miss' ? `  — ${step.explanation[locale]}` : ''}`)
    }
    const es = locale === 'es'
    out.push('')
    out.push(es
      ? `${result.hits} en caché, ${result.misses} reconstruidos, ${result.skipped} omitidos.`
      : `${result.hits} cached, ${result.misses} rebuilt, ${result.skipped} skipped.`)
    if (result.firstMiss) out.push(es ? `Primer fallo: línea ${result.firstMiss.line} — ${result.firstMiss.explanation.es}` : `First miss: line ${result.firstMiss.line} — ${result.firstMiss.explanation.en}`)
    io.stdout(`${out.join('\n')}\n`)
    return 0
  },
}
