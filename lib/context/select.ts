/**
 * Which context files a COPY/ADD source selects, with Docker's rules: a directory source copies
 * its contents, `*` and `?` match within one path segment, `**` any depth, `.` is the whole context.
 */
import { effectiveContextFiles, normalizeContextPath } from './dockerignore'
import type { BuildContext, ContextFile } from './types'

const cache = new WeakMap<BuildContext, ContextFile[]>()

/**
 * Context files after `.dockerignore`, in path order (the order files were listed in must not change
 * cache keys), memoized per context object.
 */
export function sentFiles(context: BuildContext): ContextFile[] {
  let files = cache.get(context)
  if (!files) cache.set(context, (files = effectiveContextFiles(context).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))))
  return files
}

function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*'
      i++
      if (glob[i + 1] === '/') i++
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const close = glob.indexOf(']', i)
      if (close === -1) re += '\\['
      else {
        re += glob.slice(i, close + 1).replace('[!', '[^')
        i = close
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** The context files a source selects (after .dockerignore). Directory sources select everything under them. */
export function selectContextFiles(context: BuildContext, source: string): ContextFile[] {
  const files = sentFiles(context)
  const clean = normalizeContextPath(source)
  if (clean === '' || clean === '.' || clean === '*' || clean === '**') return files
  if (/[*?[]/.test(clean)) {
    const re = globToRegExp(clean)
    // A glob that matches a directory copies the directory's contents.
    return files.filter((f) => re.test(f.path) || f.path.split('/').some((_, i, parts) => re.test(parts.slice(0, i + 1).join('/'))))
  }
  return files.filter((f) => f.path === clean || f.path.startsWith(`${clean}/`))
}
