/**
 * Server-only: what an exercise page or lesson slot hands to the client workbench, as plain strings
 * for one locale. Check functions cannot cross the server/client boundary; the workbench imports
 * the exercise definition (lessons/exercises) by id for those.
 */
import { findExercise } from '@/lessons/exercises'
import type { FileSpec } from '@/lib/context/build'
import type { Locale } from '@/lib/i18n/locales'
import { loadExerciseFiles } from './exercises'

export interface WorkbenchCode {
  dockerfile: string
  /** The learner's .dockerignore; null: the context's own (if any). */
  dockerignore: string | null
}

export interface WorkbenchData {
  id: string
  lesson: string
  locale: Locale
  title: string
  statement: string
  hints: string[]
  starter: WorkbenchCode
  solution: WorkbenchCode
  /** The build context by path, its own .dockerignore included when it has one. */
  contextFiles: Record<string, FileSpec>
  /** The learner is expected to write a .dockerignore (the starter or the solution has one). */
  editsDockerignore: boolean
}

export function loadWorkbenchData(id: string, locale: Locale): WorkbenchData | null {
  const exercise = findExercise(id)
  if (!exercise) return null
  const files = loadExerciseFiles(id)
  const code = (s: { dockerfile: string; dockerignore?: string | null }): WorkbenchCode => ({ dockerfile: s.dockerfile, dockerignore: s.dockerignore ?? null })
  return {
    id,
    lesson: exercise.lesson,
    locale,
    title: exercise.title[locale],
    statement: exercise.statement[locale],
    hints: exercise.hints.map((h) => h[locale]),
    starter: code(files.starter),
    solution: code(files.solution),
    contextFiles: files.contextFiles,
    editsDockerignore: id === 'dockerignore' || files.starter.dockerignore != null || files.solution.dockerignore != null,
  }
}
