/**
 * Between an exercise's files and the lab: the lab's editable context for a learner's code, and
 * the learner's code (Dockerfile + .dockerignore) from what the lab holds. Pure.
 */
import type { FileSpec } from '@/lib/context/build'
import { normalizeContextPath } from '@/lib/context/dockerignore'
import type { LabContext, LabFile } from '@/lib/lab/context'

export interface ExerciseCode {
  dockerfile: string
  /** The learner's .dockerignore; null: the context's own (when it has one), else none. */
  dockerignore: string | null
}

/** The context's own .dockerignore text, or null. */
export function ownDockerignore(files: Record<string, FileSpec>): string | null {
  for (const [path, spec] of Object.entries(files)) {
    if (normalizeContextPath(path) !== '.dockerignore') continue
    return typeof spec === 'string' ? spec : spec.content ?? ''
  }
  return null
}

/** The lab context for some code: every context file but .dockerignore, which the lab edits apart. */
export function labContextFor(files: Record<string, FileSpec>, code: ExerciseCode): LabContext {
  const list: LabFile[] = []
  for (const [raw, spec] of Object.entries(files)) {
    const path = normalizeContextPath(raw)
    if (!path || path === '.dockerignore') continue
    if (typeof spec === 'string') list.push({ path, content: spec })
    else list.push(spec.content !== undefined ? { path, content: spec.content } : { path, size: spec.size })
  }
  list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files: list, dockerignore: code.dockerignore ?? ownDockerignore(files) }
}

/**
 * The learner's code from the lab's Dockerfile and .dockerignore. A removed .dockerignore where the
 * context has its own becomes an empty one, so grading (and a reload) sees it removed.
 */
export function codeFromLab(dockerfile: string, labDockerignore: string | null, files: Record<string, FileSpec>): ExerciseCode {
  if (labDockerignore !== null) return { dockerfile, dockerignore: labDockerignore }
  return { dockerfile, dockerignore: ownDockerignore(files) !== null ? '' : null }
}
