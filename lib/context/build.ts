/**
 * Building virtual contexts (for the lab, tests and the what-if) and describing a second build's
 * context as changes to the first: modified, added and removed files.
 */
import { normalizeContextPath } from './dockerignore'
import type { BuildContext, ContextFile } from './types'

/** A stable, fast 32-bit FNV-1a hash of a text, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

export type FileSpec = string | { size: number; hash?: string; content?: string }

/**
 * A context from a map of path → text (size and hash from the text) or → {size, hash?, content?}.
 * `.dockerignore` in the map becomes the context's dockerignore unless one is passed.
 */
export function contextFromFiles(files: Record<string, FileSpec>, dockerignore?: string | null): BuildContext {
  const list: ContextFile[] = []
  for (const [raw, spec] of Object.entries(files)) {
    const path = normalizeContextPath(raw)
    if (!path) continue
    if (typeof spec === 'string') list.push({ path, size: utf8Length(spec), hash: hashText(spec), content: spec })
    else {
      const file: ContextFile = { path, size: spec.size, hash: spec.hash ?? (spec.content !== undefined ? hashText(spec.content) : `size:${spec.size}`) }
      if (spec.content !== undefined) file.content = spec.content
      list.push(file)
    }
  }
  list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const ignore = dockerignore !== undefined ? dockerignore : (list.find((f) => f.path === '.dockerignore')?.content ?? null)
  return { files: list, dockerignore: ignore }
}

/** UTF-8 byte length without TextEncoder (the same in Node and browsers). */
export function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++ } else n += 3
  }
  return n
}

export interface ContextChange {
  /** Paths whose content changes (a path not in the context counts as added). */
  modified?: string[]
  /** New files: a path (1 KB of new content) or a full file. */
  added?: Array<string | ContextFile>
  removed?: string[]
  /** Replaces the .dockerignore text (null removes it). */
  dockerignore?: string | null
}

/** The context of a second build: the first one with the changes applied. Never mutates its input. */
export function applyContextChange(context: BuildContext | null, change: ContextChange): BuildContext {
  const byPath = new Map<string, ContextFile>()
  for (const f of context?.files ?? []) byPath.set(f.path, f)
  for (const raw of change.modified ?? []) {
    const path = normalizeContextPath(raw)
    if (!path) continue
    const old = byPath.get(path)
    if (old) {
      const edited: ContextFile = { path, size: old.size, hash: `${old.hash}~edited` }
      byPath.set(path, edited)
    } else byPath.set(path, { path, size: 1024, hash: `added:${path}` })
  }
  for (const item of change.added ?? []) {
    const file = typeof item === 'string' ? { path: normalizeContextPath(item), size: 1024, hash: `added:${item}` } : { ...item, path: normalizeContextPath(item.path) }
    if (file.path) byPath.set(file.path, file)
  }
  for (const raw of change.removed ?? []) byPath.delete(normalizeContextPath(raw))
  const files = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  let dockerignore = context?.dockerignore ?? null
  if (change.dockerignore !== undefined) dockerignore = change.dockerignore
  else if (byPath.has('.dockerignore') && change.modified?.some((p) => normalizeContextPath(p) === '.dockerignore')) dockerignore = context?.dockerignore ?? null
  return { files, dockerignore }
}

/** Paths whose size or hash differ between two contexts, plus added and removed ones (sorted). */
export function diffContexts(a: BuildContext | null, b: BuildContext | null): string[] {
  const left = new Map((a?.files ?? []).map((f) => [f.path, f] as const))
  const changed: string[] = []
  for (const f of b?.files ?? []) {
    const old = left.get(f.path)
    if (!old || old.hash !== f.hash || old.size !== f.size) changed.push(f.path)
    left.delete(f.path)
  }
  changed.push(...left.keys())
  return changed.sort()
}
