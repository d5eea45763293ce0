/**
 * Reading progress: statuses and counts. Type-only imports, so pages that only show progress do not
 * load the schema (zod).
 */
import type { Progress } from './schema'

export type ExerciseStatus = 'notStarted' | 'started' | 'solved'

export function exerciseStatus(progress: Progress, exerciseId: string): ExerciseStatus {
  const entry = progress.exercises[exerciseId]
  if (!entry) return 'notStarted'
  return entry.solvedAt !== null || entry.passed ? 'solved' : 'started'
}

export function completedLessonCount(progress: Progress, lessonIds: readonly string[]): number {
  return lessonIds.filter((id) => progress.lessons[id]?.status === 'completed').length
}

export function solvedExerciseCount(progress: Progress, exerciseIds: readonly string[]): number {
  return exerciseIds.filter((id) => exerciseStatus(progress, id) === 'solved').length
}

