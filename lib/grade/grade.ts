/** Grades a submission against an exercise's checks. Never throws: a crashing check fails with a notice. */
import type { BuildContext } from '@/lib/context/types'
import { createGradeEnv } from './env'
import type { Check, CheckResult, GradeReport, Submission } from './types'

export interface GradableExercise {
  id: string
  checks: readonly Check[]
}

export interface ExerciseMaterials {
  context: BuildContext
  starter: Submission
}

export function gradeSubmission(exercise: GradableExercise, submission: Submission, materials: ExerciseMaterials): GradeReport {
  const env = createGradeEnv(submission, materials.context, materials.starter)
  const checks: CheckResult[] = exercise.checks.map((check) => {
    try {
      const outcome = check.run(env)
      return { id: check.id, passed: outcome.passed, label: check.label, message: outcome.passed ? null : outcome.message ?? null, line: outcome.line ?? null }
    } catch (error) {
      const detail = (error as Error)?.message ?? String(error)
      return {
        id: check.id, passed: false, label: check.label, line: null,
        message: { es: `No se pudo evaluar esta comprobación (${detail}).`, en: `This check could not be evaluated (${detail}).` },
      }
    }
  })
  return { exercise: exercise.id, passed: checks.length > 0 && checks.every((c) => c.passed), checks }
}
