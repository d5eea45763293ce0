/** Go filepath.Match-style globs (`*` and `?` within one segment, `[…]` classes, `**` any depth). */
const cache = new Map<string, RegExp>()

export function isGlob(path: string): boolean {
  return /[*?[]/.test(path)
}

export function globRegExp(glob: string): RegExp {
  let re = cache.get(glob)
  if (re) return re
  let src = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      src += '.*'
      i++
      if (glob[i + 1] === '/') i++
    } else if (c === '*') src += '[^/]*'
    else if (c === '?') src += '[^/]'
    else if (c === '[') {
      const close = glob.indexOf(']', i)
      if (close === -1) src += '\\['
      else {
        src += glob.slice(i, close + 1).replace('[!', '[^').replace(/\\/g, '\\\\')
        i = close
      }
    } else src += c.replace(/[.+^${}()|\\/]/g, '\\$&')
  }
  try {
    re = new RegExp(`^${src}$`)
  } catch {
    re = /^\b$/
  }
  if (cache.size > 1000) cache.clear()
  cache.set(glob, re)
  return re
}

/**
 * Where a selected path lands relative to the source: for a source that is the path itself → its
 * basename; for a directory source (or a glob matching an ancestor) → the path below it.
 * Returns null when the source does not select the path.
 */
export function relativeToSource(source: string, path: string): { rel: string; self: boolean } | null {
  if (source === '' || source === '.' || source === '/') return { rel: path.replace(/^\/+/, ''), self: false }
  if (!isGlob(source)) {
    if (path === source) return { rel: path.slice(path.lastIndexOf('/') + 1), self: true }
    if (path.startsWith(`${source}/`)) return { rel: path.slice(source.length + 1), self: false }
    return null
  }
  const re = globRegExp(source)
  if (re.test(path)) return { rel: path.slice(path.lastIndexOf('/') + 1), self: true }
  let idx = path.indexOf('/', 1)
  while (idx !== -1) {
    if (re.test(path.slice(0, idx))) {
      // A glob matching a directory copies the directory's contents.
      return { rel: path.slice(idx + 1), self: false }
    }
    idx = path.indexOf('/', idx + 1)
  }
  return null
}
