/**
 * Grader types. An exercise is graded on outcomes — what the simulated image contains, how the
 * cache behaves, what the linter finds — never on the text the learner typed.
 */
import type { BuildContext } from '@/lib/context/types'
import type { DockerfileModel } from '@/lib/dockerfile/types'
import type { Finding, LocalizedText } from '@/lib/lint/rule'
import type { BuildResult } from '@/lib/simulate/types'

export type { LocalizedText }

export interface Submission {
  dockerfile: string
  /** The learner's .dockerignore; null/undefined keeps the exercise context's own (if any). */
  dockerignore?: string | null
}

export interface CheckOutcome {
  passed: boolean
  /** On failure: why, and what to look at. */
  message?: LocalizedText
  /** 1-based line the message is about, when there is one. */
  line?: number | null
}

/** What a step did in a simulated rebuild. */
export interface RebuildStep {
  stage: number
  /** 1-based line. */
  line: number
  keyword: string
  status: 'hit' | 'miss' | 'skipped'
  reason: string
}

export interface BuildOptions {
  target?: string | null
  buildArgs?: Record<string, string>
}

export interface GradeEnv {
  model: DockerfileModel
  context: BuildContext
  findings(): Finding[]
  /** The simulated build (memoized per options). */
  build(options?: BuildOptions): BuildResult
  /** The starter's simulated build, for relative checks (size reductions). */
  starterBuild(options?: BuildOptions): BuildResult
  /** A second build after editing these context files: what each instruction does. */
  rebuildAfterEditing(paths: string[], options?: BuildOptions): RebuildStep[]
}

export interface Check {
  /** Stable id (kebab-case); a changed meaning gets a new id. */
  id: string
  /** What is expected, phrased as the grader reports it. */
  label: LocalizedText
  run(env: GradeEnv): CheckOutcome
}

export interface CheckResult {
  id: string
  passed: boolean
  label: LocalizedText
  message: LocalizedText | null
  line: number | null
}

export interface GradeReport {
  exercise: string
  passed: boolean
  checks: CheckResult[]
}
