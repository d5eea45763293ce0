/**
 * The build simulator's public API. See build.ts for the model's rules and cache.ts for the
 * what-if rules.
 *
 *   const first = simulateBuild({ model, context, target, buildArgs })
 *   first.stages / first.image / first.findings / first.graph
 *   const second = simulateBuild({ model, context: applyContextChange(context, { modified: ['src/a.ts'] }) })
 *   whatIf(first, second).steps   // hit | miss | skipped, reason code, es/en explanation
 */
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { applyContextChange, type ContextChange } from '@/lib/context/build'
import type { BuildContext } from '@/lib/context/types'
import { simulateBuild } from './build'
import { whatIf, type WhatIfResult } from './cache'
import type { BuildInput, BuildResult } from './types'

export { createsLayer, imageSummary, simulateBuild } from './build'
export type { SimulateOptions } from './build'
export { progressLog, renderProgress, whatIf } from './cache'
export type { CacheReason, CacheStatus, CacheStepResult, ProgressLine, WhatIfResult } from './cache'
export { isSecretPath } from './footprints'
export {
  anyLayerHas, builtStages, commandExists, finalUser, findPath, imageHasPath, layersWith, secretsInLayers, simulateModel, startCheck,
} from './queries'
export type { PathOrigin, StartCheck, TaggedPath, UserInfo } from './queries'
export { formatBytes } from './text'
export type * from './types'

export interface SecondBuild {
  /** Context changes: modified, added, removed files. */
  change?: ContextChange
  /** Build args of the second build (replace the first's). */
  buildArgs?: Record<string, string>
  /** The Dockerfile text of the second build when it differs. */
  dockerfile?: string
  target?: string | null
}

/** Simulates a first build (cache keys only) and a second one described as changes, and compares them. */
export function rebuild(first: BuildInput, second: SecondBuild): { first: BuildResult; second: BuildResult; whatIf: WhatIfResult } {
  // The first build only needs its cache keys.
  const a = simulateBuild(first, { keysOnly: true })
  const context: BuildContext | null = second.change ? applyContextChange(first.context ?? null, second.change) : first.context ?? null
  const b = simulateBuild({
    ...first,
    model: second.dockerfile !== undefined ? parseDockerfile(second.dockerfile) : first.model,
    context,
    buildArgs: second.buildArgs ?? first.buildArgs,
    target: second.target !== undefined ? second.target : first.target,
  })
  return { first: a, second: b, whatIf: whatIf(a, b) }
}

/**
 * The benchmark's unit of work: parse + simulate a Dockerfile (full) and a what-if where context
 * files changed (keys only for the first build) — what the lab does on every keystroke. With
 * `memo: false` every stage is simulated from scratch (the cold, first-keystroke cost).
 */
export function analyzeAndWhatIf(text: string, context: BuildContext | null, changed: string[] = ['src/index.ts'], options: { memo?: boolean } = {}): WhatIfResult {
  const model = parseDockerfile(text)
  const memo = options.memo ?? true
  const first = simulateBuild({ model, context }, { keysOnly: true, memo })
  const second = simulateBuild({ model, context: applyContextChange(context, { modified: changed }) }, { memo })
  return whatIf(first, second)
}
