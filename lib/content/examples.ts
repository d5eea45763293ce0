/**
 * Server-only loader for lesson examples: `lessons/examples/<name>/` holds a `Dockerfile`, an
 * optional `.dockerignore` and the build-context files of a small, realistic app.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { contentDir } from './root'
import type { FileSpec } from '@/lib/context/build'
import { readVirtualFiles, VIRTUAL_FILES } from './virtual-files'

export const examplesDir = path.join(contentDir, 'examples')

export interface LessonExample {
  name: string
  dockerfile: string
  /** Context files by relative path (the Dockerfile and .dockerignore included, as docker sends them). */
  files: Record<string, FileSpec>
}

export function listExamples(): string[] {
  try {
    return readdirSync(examplesDir).filter((n) => statSync(path.join(examplesDir, n)).isDirectory()).sort()
  } catch {
    return []
  }
}

export function loadExample(name: string): LessonExample {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`invalid example name "${name}"`)
  const root = path.join(examplesDir, name)
  const files: Record<string, FileSpec> = {}
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(dir, entry.name), childRel)
      else if (childRel !== VIRTUAL_FILES) files[childRel] = readFileSync(path.join(dir, entry.name), 'utf8')
    }
  }
  walk(root, '')
  Object.assign(files, readVirtualFiles(root))
  const dockerfile = files.Dockerfile
  if (typeof dockerfile !== 'string') throw new Error(`example "${name}" has no Dockerfile`)
  return { name, dockerfile, files }
}
