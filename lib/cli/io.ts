/** File-system edges of the CLI: reading Dockerfiles and walking a build-context directory. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext, ContextFile } from '@/lib/context/types'
import { parseDockerignore } from '@/lib/context/dockerignore'
import { UsageError } from './args'

export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  readStdin(): Promise<string>
}

export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const c of process.stdin) chunks.push(c as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  return (error as Error)?.message ?? String(error)
}

/** Reads a text file; `-` reads standard input. A directory means its `Dockerfile`. */
export async function readTextInput(file: string, io: CliIO, what = 'Dockerfile'): Promise<{ name: string; text: string }> {
  if (file === '-') return { name: '-', text: await io.readStdin() }
  let target = file
  try {
    if (statSync(file).isDirectory()) target = path.join(file, 'Dockerfile')
    return { name: file, text: readFileSync(target, 'utf8') }
  } catch (error) {
    throw new UsageError(`cannot read ${what} '${target}': ${describeError(error)}`)
  }
}

export function readOptionalText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

const MAX_CONTEXT_FILES = 50_000
const MAX_TEXT_CONTENT = 64 * 1024
const MAX_HASHED_BYTES = 8 * 1024 * 1024

function fnv1a(buffer: Uint8Array): string {
  let h = 0x811c9dc5
  for (let i = 0; i < buffer.length; i++) {
    h ^= buffer[i]!
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** Walks a build-context directory into a virtual context (sizes, content hashes, small texts). */
export function readContextDir(dir: string): BuildContext {
  let isDir = false
  try {
    isDir = statSync(dir).isDirectory()
  } catch (error) {
    throw new UsageError(`cannot read context '${dir}': ${describeError(error)}`)
  }
  if (!isDir) throw new UsageError(`context '${dir}' is not a directory`)
  const files: ContextFile[] = []
  const ignoreText = readOptionalText(path.join(dir, '.dockerignore'))
  const ignore = parseDockerignore(ignoreText)
  const walk = (abs: string, rel: string) => {
    let entries: import('node:fs').Dirent[]
    try {
      entries = readdirSync(abs, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (files.length >= MAX_CONTEXT_FILES) return
      const childAbs = path.join(abs, e.name)
      const childRel = rel ? `${rel}/${e.name}` : e.name
      // Docker never sends an ignored folder unless an exception re-includes something in it, so skip it unread.
      if (e.isDirectory()) {
        if (!ignore.hasExceptions && ignore.ignores(childRel)) continue
        walk(childAbs, childRel)
      }
      else if (e.isFile()) {
        try {
          const size = statSync(childAbs).size
          // Docker ignores mtime; the content decides the cache key.
          const data = size <= MAX_HASHED_BYTES ? readFileSync(childAbs) : Buffer.from(`${size}`)
          const file: ContextFile = { path: childRel, size, hash: fnv1a(data) }
          if (size <= MAX_TEXT_CONTENT) file.content = data.toString('utf8')
          files.push(file)
        } catch {
          // An unreadable file is skipped, as docker would fail on it only if it were copied.
        }
      }
    }
  }
  walk(dir, '')
  files.sort((a, b) => (a.path < b.path ? -1 : 1))
  return { files, dockerignore: ignoreText }
}
