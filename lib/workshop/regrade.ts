/**
 * Re-grades submission codes with the current grader. The result a code claims is never trusted:
 * it is only compared, so instructors see "claimed ≠ regraded" when they differ.
 */
import type { Exercise } from '@/lessons/exercise-schema'
import { gradeSubmission, type ExerciseMaterials } from '@/lib/grade/grade'
import type { GradeReport } from '@/lib/grade/types'
import { decodeSubmission } from './code'

export interface RegradedRow {
  valid: true
  line: number
  name: string
  exercise: string
  passed: boolean
  claimedPassed: boolean
  /** The claim differs from the regrade (or the files were edited after the code was made). */
  mismatch: boolean
  edited: boolean
  report: GradeReport
  submittedAt: string
  dockerfile: string
  dockerignore: string | null
}

export interface InvalidRow {
  valid: false
  line: number
  error: string
}

export type GradebookRow = RegradedRow | InvalidRow

export interface RegradeSources {
  findExercise(id: string): Exercise | undefined
  materials(id: string): ExerciseMaterials | undefined
}

/** Regrades one code per non-empty line; line numbers are 1-based in the input. */
export function regradeLines(text: string, sources: RegradeSources): GradebookRow[] {
  const rows: GradebookRow[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return
    const line = i + 1
    const decoded = decodeSubmission(raw)
    if (!decoded.ok) return rows.push({ valid: false, line, error: decoded.error })
    const { payload } = decoded
    const exercise = sources.findExercise(payload.exercise)
    const materials = exercise && sources.materials(exercise.id)
    if (!exercise || !materials) return rows.push({ valid: false, line, error: `unknown exercise '${payload.exercise}'` })
    const report = gradeSubmission(exercise, { dockerfile: payload.files.dockerfile, dockerignore: payload.files.dockerignore }, materials)
    rows.push({
      valid: true, line, name: payload.name, exercise: payload.exercise, passed: report.passed,
      claimedPassed: payload.result.passed, mismatch: report.passed !== payload.result.passed || decoded.edited, edited: decoded.edited,
      report, submittedAt: payload.submittedAt, dockerfile: payload.files.dockerfile, dockerignore: payload.files.dockerignore,
    })
  })
  return rows
}

export const CSV_COLUMNS = ['name', 'exercise', 'passed', 'claimed_passed', 'failed_checks', 'submitted_at'] as const

function csvCell(value: string): string {
  // Quote when needed, and defuse spreadsheet formulas (=, +, -, @ at the start of a learner's name).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The gradebook CSV: `name,exercise,passed,claimed_passed,failed_checks,submitted_at`, valid rows only. */
export function toCsv(rows: GradebookRow[]): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const r of rows) {
    if (!r.valid) continue
    const failed = r.report.checks.filter((c) => !c.passed).map((c) => c.id).join(' ')
    lines.push([r.name, r.exercise, String(r.passed), String(r.claimedPassed), failed, r.submittedAt].map(csvCell).join(','))
  }
  return `${lines.join('\n')}\n`
}
