/**
 * What the lab's simulation panels show, computed with lib/simulate: the current build (stage graph,
 * layers, size), the reference build (for "1.1 GB → 143 MB (−87 %)"), and the what-if rebuild:
 * a first build (the current Dockerfile, or the reference when comparing with the previous
 * version) followed by a second one with the edited files and build-arg overrides.
 * Never throws: a simulator crash is reported as `failure`.
 */
import { applyContextChange } from '@/lib/context/build'
import type { BuildContext } from '@/lib/context/types'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import type { DockerfileModel } from '@/lib/dockerfile/types'
import { progressLog, simulateBuild, whatIf, type BuildResult, type ProgressLine, type WhatIfResult } from '@/lib/simulate'
import type { WhatIfState } from './share'

export interface SimulationInput {
  model: DockerfileModel
  context: BuildContext | null
  whatIf: WhatIfState
  /** The previous/pinned/starter version. */
  reference?: { text: string; context?: BuildContext | null } | null
  /** What-if compares the reference (first build) with the current Dockerfile (second build). */
  compareWithReference?: boolean
}

export interface Simulation {
  build: BuildResult
  referenceBuild: BuildResult | null
  /** The second build of the what-if (with the edits and overrides). */
  second: BuildResult
  rebuild: WhatIfResult
  /** The second build as BuildKit's plain progress would print it. */
  log: ProgressLine[]
  failure: string | null
}

const referenceModels = new Map<string, DockerfileModel>()

function referenceModel(text: string): DockerfileModel {
  let m = referenceModels.get(text)
  if (!m) {
    if (referenceModels.size > 20) referenceModels.clear()
    m = parseDockerfile(text)
    referenceModels.set(text, m)
  }
  return m
}

function buildWithTarget(model: DockerfileModel, context: BuildContext | null, target: string | null, buildArgs?: Record<string, string>): BuildResult {
  const r = simulateBuild({ model, context, target, buildArgs })
  // A target the reference does not have: fall back to its default target.
  if (target !== null && r.image === null && model.stages.length > 0) return simulateBuild({ model, context, target: null, buildArgs })
  return r
}

export function simulateLab(input: SimulationInput, previous: Simulation | null = null): Simulation | null {
  try {
    const { model, context, whatIf: state } = input
    const target = state.target
    const build = simulateBuild({ model, context, target })
    const ref = input.reference ? referenceModel(input.reference.text) : null
    const referenceBuild = ref ? buildWithTarget(ref, input.reference?.context ?? context, target) : null
    const first = input.compareWithReference && ref ? buildWithTarget(ref, input.reference?.context ?? context, target) : build
    const changed = state.changed.filter(Boolean)
    const hasArgs = Object.keys(state.args).length > 0
    const second =
      changed.length === 0 && !hasArgs && first === build
        ? build
        : simulateBuild({
            model,
            context: changed.length ? applyContextChange(context, { modified: changed }) : context,
            target,
            buildArgs: hasArgs ? state.args : undefined,
          })
    const rebuild = whatIf(first, second)
    return { build, referenceBuild, second, rebuild, log: progressLog(second, rebuild.steps), failure: null }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return previous ? { ...previous, failure: detail || 'unknown error' } : null
  }
}

export interface DeclaredArg {
  name: string
  /** Default as written, or null when declared without one. */
  defaultValue: string | null
  /** 1-based line of its first declaration. */
  line: number
  global: boolean
}

/** The build args a Dockerfile declares (first declaration wins), for the override inputs. */
export function declaredArgs(model: DockerfileModel): DeclaredArg[] {
  const seen = new Map<string, DeclaredArg>()
  for (const instr of model.instructions) {
    if (instr.keyword !== 'ARG') continue
    for (const pair of instr.pairs) {
      if (!pair.key || seen.has(pair.key)) continue
      seen.set(pair.key, { name: pair.key, defaultValue: pair.value, line: instr.range.start.line + 1, global: instr.stage === -1 })
    }
  }
  return [...seen.values()]
}

/** Stage choices for the target selector: name (or index) and a label. */
export function targetChoices(model: DockerfileModel): { value: string; label: string }[] {
  return model.stages.map((s) => ({ value: s.name ?? String(s.index), label: s.rawName ?? `#${s.index}` }))
}
