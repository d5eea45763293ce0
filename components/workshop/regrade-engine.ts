/**
 * The gradebook's grading side, loaded on first use (it brings the exercise registry, the grader,
 * the simulator and zod): regrades one submission code at a time with the current grader, from the
 * exercise materials the workshop page received as props, and writes the CSV.
 */
import { findExercise } from '@/lessons/exercises'
import { contextFromFiles, type FileSpec } from '@/lib/context/build'
import type { ExerciseMaterials } from '@/lib/grade/grade'
import { regradeLines, toCsv, type GradebookRow } from '@/lib/workshop/regrade'

export type { GradebookRow }
export { toCsv }

/** What the server page hands over per exercise: plain data (check functions are imported here). */
export interface MaterialsData {
  starter: { dockerfile: string; dockerignore: string | null }
  contextFiles: Record<string, FileSpec>
}

export interface Regrader {
  /** Regrades one line of input; `line` is its 1-based number. Empty lines give null. Never throws. */
  regrade(raw: string, line: number): GradebookRow | null
}

export function createRegrader(materials: Readonly<Record<string, MaterialsData>>): Regrader {
  const built = new Map<string, ExerciseMaterials>()
  const sources = {
    findExercise,
    materials(id: string): ExerciseMaterials | undefined {
      if (!Object.hasOwn(materials, id)) return undefined
      let m = built.get(id)
      if (!m) {
        const data = materials[id]!
        m = { context: contextFromFiles(data.contextFiles), starter: data.starter }
        built.set(id, m)
      }
      return m
    },
  }
  return {
    regrade(raw, line) {
      if (!raw.trim()) return null
      try {
        const [row] = regradeLines(raw.replace(/[\r\n]+/g, ''), sources)
        return row ? { ...row, line } : null
      } catch (error) {
        // regradeLines and the grader never throw by contract; a bug still becomes one error row.
        return { valid: false, line, error: `could not be graded (${(error as Error)?.message ?? 'error'})` }
      }
    },
  }
}
