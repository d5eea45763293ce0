/**
 * Server-only loader for exercise files: `lessons/exercises/<id>/` holds starter.Dockerfile,
 * solution.Dockerfile, optional starter/solution .dockerignore, the build context under context/,
 * and variants/ with alternative correct (pass-*) and plausible wrong (fail-*) submissions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { contentDir } from './root'
import { contextFromFiles, type FileSpec } from '@/lib/context/build'
import type { BuildContext } from '@/lib/context/types'
import type { Submission } from '@/lib/grade/types'
import { readVirtualFiles, VIRTUAL_FILES } from './virtual-files'

export const exercisesDir = path.join(contentDir, 'exercises')

export interface ExerciseFiles {
  starter: Submission
  solution: Submission
  /** Context files by path (the context's own .dockerignore included, when it has one). */
  contextFiles: Record<string, FileSpec>
  context: BuildContext
  variants: Array<{ name: string; kind: 'pass' | 'fail'; submission: Submission }>
}

function readOptional(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null
}

function readTree(root: string): Record<string, FileSpec> {
  const files: Record<string, FileSpec> = {}
  if (!existsSync(root)) return files
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(dir, entry.name), childRel)
      else if (childRel !== VIRTUAL_FILES) files[childRel] = readFileSync(path.join(dir, entry.name), 'utf8')
    }
  }
  walk(root, '')
  return { ...files, ...readVirtualFiles(root) }
}

export function loadExerciseFiles(id: string, root: string = exercisesDir): ExerciseFiles {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`invalid exercise id "${id}"`)
  const dir = path.join(root, id)
  const starter = { dockerfile: readFileSync(path.join(dir, 'starter.Dockerfile'), 'utf8'), dockerignore: readOptional(path.join(dir, 'starter.dockerignore')) }
  const solution = { dockerfile: readFileSync(path.join(dir, 'solution.Dockerfile'), 'utf8'), dockerignore: readOptional(path.join(dir, 'solution.dockerignore')) }
  const contextFiles = readTree(path.join(dir, 'context'))
  const variantsDir = path.join(dir, 'variants')
  const variants = existsSync(variantsDir)
    ? readdirSync(variantsDir)
        .filter((f) => /^(pass|fail)-[a-z0-9-]+\.Dockerfile$/.test(f))
        .sort()
        .map((f) => {
          const name = f.slice(0, -'.Dockerfile'.length)
          return {
            name,
            kind: (name.startsWith('pass-') ? 'pass' : 'fail') as 'pass' | 'fail',
            submission: { dockerfile: readFileSync(path.join(variantsDir, f), 'utf8'), dockerignore: readOptional(path.join(variantsDir, `${name}.dockerignore`)) },
          }
        })
    : []
  return { starter, solution, contextFiles, context: contextFromFiles(contextFiles), variants }
}
