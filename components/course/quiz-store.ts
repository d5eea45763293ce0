/**
 * Quiz answers, now part of the progress document (lib/progress, `quizzes`). The v1 key
 * `stagecraft:quiz:v1` is migrated into it the first time progress is read.
 * Kept as a thin module with the API the quiz component uses.
 */
import { getProgressSnapshot, subscribeProgress, withProgressStore } from './progress-client'

/** The v1 key, read once by the migration. */
export const QUIZ_STORAGE_KEY = 'stagecraft:quiz:v1'

/** Saved answers for a quiz; null when none are saved or progress is not loaded yet. */
export function getQuizAnswers(id: string): number[] | null {
  return getProgressSnapshot()?.quizzes[id]?.answers ?? null
}

export function saveQuizAnswers(id: string, answers: number[]): void {
  withProgressStore((s) => s.saveQuizAnswers(id, answers))
}

export const subscribeQuiz = subscribeProgress
