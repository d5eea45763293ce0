/** Builds the grading environment for one submission: parse, lint and simulate lazily, once each. */
import { applyContextChange } from '@/lib/context/build'
import type { BuildContext } from '@/lib/context/types'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { lint } from '@/lib/lint/engine'
import type { Finding } from '@/lib/lint/rule'
import { simulateBuild } from '@/lib/simulate/build'
import { whatIf } from '@/lib/simulate/cache'
import type { BuildResult } from '@/lib/simulate/types'
import type { BuildOptions, GradeEnv, Submission } from './types'

function keyOf(options: BuildOptions = {}): string {
  return JSON.stringify([options.target ?? null, options.buildArgs ?? {}])
}

export function createGradeEnv(submission: Submission, exerciseContext: BuildContext, starter: Submission): GradeEnv {
  const withIgnore = (s: Submission): BuildContext =>
    s.dockerignore === undefined || s.dockerignore === null ? exerciseContext : applyContextChange(exerciseContext, { dockerignore: s.dockerignore })
  const context = withIgnore(submission)
  const model = parseDockerfile(submission.dockerfile)
  let findings: Finding[] | null = null
  const builds = new Map<string, BuildResult>()
  const starterBuilds = new Map<string, BuildResult>()
  const starterModel = parseDockerfile(starter.dockerfile)
  const starterContext = withIgnore(starter)

  const build = (options: BuildOptions = {}) => {
    const key = keyOf(options)
    let r = builds.get(key)
    if (!r) builds.set(key, (r = simulateBuild({ model, context, target: options.target ?? null, buildArgs: options.buildArgs })))
    return r
  }
  return {
    model,
    context,
    findings: () => (findings ??= lint(model, { context })),
    build,
    starterBuild(options = {}) {
      const key = keyOf(options)
      let r = starterBuilds.get(key)
      if (!r) starterBuilds.set(key, (r = simulateBuild({ model: starterModel, context: starterContext, target: options.target ?? null, buildArgs: options.buildArgs })))
      return r
    },
    rebuildAfterEditing(paths, options = {}) {
      const second = simulateBuild({ model, context: applyContextChange(context, { modified: paths }), target: options.target ?? null, buildArgs: options.buildArgs })
      return whatIf(build(options), second).steps.map((st) => ({ stage: st.stage, line: st.line, keyword: st.keyword, status: st.status, reason: st.reason }))
    },
  }
}
