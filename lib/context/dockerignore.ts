/**
 * `.dockerignore` matching with Docker's semantics (via @balena/dockerignore): patterns are anchored
 * at the context root, `**` matches any depth, the last matching pattern wins and `!` re-includes.
 */
import createIgnore from '@balena/dockerignore'
import type { BuildContext, ContextFile } from './types'

export interface DockerignoreMatcher {
  patterns: string[]
  /** True when the path is excluded from the context. */
  ignores(path: string): boolean
  hasExceptions: boolean
}

export function parseDockerignore(text: string | null): DockerignoreMatcher {
  const patterns = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
  const matcher = createIgnore({ ignorecase: false }).add(patterns)
  return {
    patterns,
    hasExceptions: patterns.some((p) => p.startsWith('!')),
    ignores: (path: string) => {
      const clean = normalizeContextPath(path)
      if (!clean) return false
      try {
        return matcher.ignores(clean)
      } catch {
        return false
      }
    },
  }
}

export function normalizeContextPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '')
}

/** The files that reach the builder after `.dockerignore`. The Dockerfile and .dockerignore are sent too unless ignored. */
export function effectiveContextFiles(context: BuildContext): ContextFile[] {
  const matcher = parseDockerignore(context.dockerignore)
  return context.files.filter((f) => !matcher.ignores(f.path))
}
