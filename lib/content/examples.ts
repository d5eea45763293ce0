/**
 * Server-only loader for lesson examples: `lessons/examples/<name>/` holds a `Dockerfile`, an
 * optional `.dockerignore` and the build-context files of a small, realistic app.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const examplesDir = path.join(process.cwd(), 'lessons', 'examples')

export interface LessonExample {
  name: string
  dockerfile: string
  /** Context files by relative path (the Dockerfile and .dockerignore included, as docker sends them). */
  files: Record<string, string>
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
  const files: Record<string, string> = {}
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(dir, entry.name), childRel)
      else files[childRel] = readFileSync(path.join(dir, entry.name), 'utf8')
    }
  }
  walk(root, '')
  const dockerfile = files.Dockerfile
  if (dockerfile === undefined) throw new Error(`example "${name}" has no Dockerfile`)
  return { name, dockerfile, files }
}
