/**
 * Crash-proof analysis for the editor: parse once, lint the model, and if anything throws keep the
 * previous good result and say so. The engine already isolates rule crashes; this guards the rest
 * (parser, facts) against whatever a learner pastes.
 */
import { parseDockerfile } from '@/lib/dockerfile/parse'
import type { DockerfileModel } from '@/lib/dockerfile/types'
import type { BuildContext } from '@/lib/context/types'
import { lint } from '@/lib/lint/engine'
import type { Finding, Severity } from '@/lib/lint/rule'

export interface Analysis {
  /** The text these findings describe. */
  text: string
  model: DockerfileModel | null
  findings: Finding[]
  /** Set when this text could not be analysed: the findings are the last good ones. */
  failure: string | null
  /** Milliseconds the analysis took. */
  ms: number
}

export const EMPTY_ANALYSIS: Analysis = { text: '', model: null, findings: [], failure: null, ms: 0 }

export function analyze(text: string, context: BuildContext | null, previous: Analysis = EMPTY_ANALYSIS, now: () => number = () => Date.now()): Analysis {
  const t0 = now()
  try {
    const model = parseDockerfile(text)
    const findings = lint(model, { context })
    return { text, model, findings, failure: null, ms: now() - t0 }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ...previous, text, failure: detail || 'unknown error', ms: now() - t0 }
  }
}

export interface SeverityCounts {
  error: number
  warning: number
  info: number
  style: number
  total: number
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, style: 0, total: findings.length }
  for (const f of findings) counts[f.severity as Severity]++
  return counts
}
