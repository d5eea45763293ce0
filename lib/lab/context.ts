/**
 * The lab's editable build context: files the learner can add, edit, remove and mark as changed.
 * A file either has text (shown in the context editor) or only a size (a binary or a big
 * folder's worth of files, such as `node_modules/`). It becomes the analyzer's BuildContext.
 */
import { normalizeContextPath } from '@/lib/context/dockerignore'
import { hashText, utf8Length } from '@/lib/context/build'
import type { BuildContext } from '@/lib/context/types'

export { hashText, utf8Length }

export interface LabFile {
  path: string
  /** Text content; sizes come from it when present. */
  content?: string
  /** Size in bytes for files without content (e.g. `node_modules/…`, images). */
  size?: number
}

export interface LabContext {
  files: LabFile[]
  /** `.dockerignore` text, or null when the context has none. */
  dockerignore: string | null
}

export const EMPTY_CONTEXT: LabContext = { files: [], dockerignore: null }

export function fileSize(file: LabFile): number {
  return file.content !== undefined ? utf8Length(file.content) : Math.max(0, Math.round(file.size ?? 0))
}

/**
 * The analyzer's context. `changed` paths get a different hash (the what-if "I edited this file"),
 * and the `.dockerignore` is also listed as a context file, as `docker build` sends it.
 */
export function toBuildContext(context: LabContext, changed: ReadonlySet<string> = new Set()): BuildContext {
  const files = context.files.map((f) => {
    const path = normalizeContextPath(f.path)
    const base = f.content !== undefined ? hashText(f.content) : `size:${fileSize(f)}`
    return {
      path,
      size: fileSize(f),
      hash: changed.has(path) ? hashText(`${base}:edited`) : base,
      ...(f.content !== undefined ? { content: f.content } : {}),
    }
  })
  if (context.dockerignore !== null && !files.some((f) => f.path === '.dockerignore')) {
    files.push({ path: '.dockerignore', size: utf8Length(context.dockerignore), hash: hashText(context.dockerignore), content: context.dockerignore })
  }
  // Sorted like lib/context/build.ts does, so cache keys do not depend on the order files were added.
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, dockerignore: context.dockerignore }
}

export interface TreeNode {
  name: string
  /** Full path for files; folder path (no trailing slash) for folders. */
  path: string
  kind: 'file' | 'folder'
  size: number
  children: TreeNode[]
}

/** Files as a sorted folder tree (folders first), with folder sizes summed. */
export function contextTree(files: readonly LabFile[]): TreeNode[] {
  const root: TreeNode = { name: '', path: '', kind: 'folder', size: 0, children: [] }
  for (const file of files) {
    const path = normalizeContextPath(file.path)
    if (!path) continue
    const parts = path.split('/')
    let node = root
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]!
      const isLeaf = i === parts.length - 1
      const sub = parts.slice(0, i + 1).join('/')
      let child = node.children.find((c) => c.name === name && c.kind === (isLeaf ? 'file' : 'folder'))
      if (!child) {
        child = { name, path: sub, kind: isLeaf ? 'file' : 'folder', size: 0, children: [] }
        node.children.push(child)
      }
      child.size += isLeaf ? fileSize(file) : 0
      node = child
    }
  }
  const finish = (n: TreeNode): number => {
    if (n.kind === 'folder') n.size = n.children.reduce((s, c) => s + finish(c), 0)
    n.children.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1))
    return n.size
  }
  finish(root)
  return root.children
}

/** Adds or replaces a file by path. */
export function upsertFile(context: LabContext, file: LabFile): LabContext {
  const path = normalizeContextPath(file.path)
  const next = context.files.filter((f) => normalizeContextPath(f.path) !== path)
  next.push({ ...file, path })
  next.sort((a, b) => a.path.localeCompare(b.path))
  return { ...context, files: next }
}

export function removeFile(context: LabContext, path: string): LabContext {
  const clean = normalizeContextPath(path)
  return { ...context, files: context.files.filter((f) => normalizeContextPath(f.path) !== clean) }
}

/** A context path a learner typed is usable when it is relative, inside the context and not a folder. */
export function isValidContextPath(path: string): boolean {
  const clean = normalizeContextPath(path.trim())
  if (!clean || clean.length > 200) return false
  if (clean.split('/').some((p) => p === '..' || p === '.' || p === '')) return false
  return !/[\0*?[\]]/.test(clean)
}
