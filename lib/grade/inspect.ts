/**
 * Questions exercise checks ask about a simulated build: what the final image holds and where it
 * came from, how the container starts, which user it runs as.
 */
import { imageHasCommand, imageHasFile } from '@/lib/images'
import { parseShell } from '@/lib/shell/parse'
import { permits, type Who } from '@/lib/simulate/perms'
import type { BuildResult, FsEntry, SimStage, Tag } from '@/lib/simulate/types'

/** The target stage of a build, or undefined when there is none. */
export function finalStage(result: BuildResult): SimStage | undefined {
  return result.target === null ? undefined : result.stages[result.target]
}

/** Entries carrying a tag in any layer of the stage's image (a deleted file still ships in its layer). */
export function entriesWithTag(stage: SimStage, tags: readonly Tag[]): Array<{ entry: FsEntry; line: number; fromBase: boolean }> {
  const out: Array<{ entry: FsEntry; line: number; fromBase: boolean }> = []
  for (const layer of stage.layers) {
    for (const entry of layer.adds) if (entry.tags.some((t) => tags.includes(t))) out.push({ entry, line: layer.line, fromBase: layer.keyword === 'FROM' })
  }
  return out
}

/**
 * The visible entry at a path, or the entry of a directory known only as a whole that contains it
 * (`/app/dist` holding `/app/dist/index.js`). An empty directory (WORKDIR, mkdir) contains nothing.
 */
export function entryAt(stage: SimStage, path: string): FsEntry | undefined {
  const clean = path.replace(/\/+$/, '') || '/'
  const exact = stage.fs.get(clean)
  if (exact) return exact
  for (let p = clean; p.includes('/'); ) {
    p = p.slice(0, p.lastIndexOf('/'))
    const dir = stage.fs.get(p || '/')
    if (dir && dir.kind === 'dir' && dir.bytes > 0) return flattenedInto(dir, clean) ? undefined : dir
  }
  return undefined
}

/**
 * True when a path is looked up inside a directory that holds the *contents* of another one:
 * `COPY --from=build /app/dist ./` puts dist's files in /app, so /app/dist/index.js is not there.
 */
function flattenedInto(dir: FsEntry, path: string): boolean {
  if (!dir.copiedFrom) return false
  const name = (p: string) => p.slice(p.lastIndexOf('/') + 1)
  const source = name(dir.copiedFrom.path.replace(/\/+$/, ''))
  const rest = path.slice(dir.path.length).replace(/^\/+/, '')
  return source !== '' && source !== name(dir.path) && (rest === source || rest.startsWith(`${source}/`))
}

/** True when the stage's filesystem has the path: written by a layer, or known in the base image. */
export function hasPath(stage: SimStage, path: string): boolean {
  if (entryAt(stage, path)) return true
  return !!stage.image && imageHasFile(stage.image, path) && !stage.removedBase.has(path)
}

/** Visible entries at or under a directory. */
export function entriesUnder(stage: SimStage, dir: string): FsEntry[] {
  const base = dir.replace(/\/+$/, '')
  return [...stage.fs.values()].filter((e) => e.path === base || e.path.startsWith(`${base}/`))
}

export interface StartCommand {
  /** The program argv[0], as configured. */
  program: string | null
  argv: string[]
  /** True when ENTRYPOINT or CMD is in shell form (needs a shell). */
  shellForm: boolean
  /** Absolute path the program resolves to, when found. */
  resolved: string | null
  /** True when the program is found in the image. */
  exists: boolean
  /** True when it could start: found, and a shell exists if the form needs one. */
  canStart: boolean
}

function pathDirs(stage: SimStage): string[] {
  return (stage.config.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':').filter(Boolean)
}

/** Resolves how the container starts: ENTRYPOINT + CMD, and whether the program exists. */
export function startCommand(stage: SimStage): StartCommand {
  const { entrypoint, cmd, entrypointShellForm, cmdShellForm, shell, workdir } = stage.config
  const shellForm = entrypoint ? entrypointShellForm : cmdShellForm
  const argv = shellForm ? [...shell, ...(entrypoint ?? cmd ?? [])] : [...(entrypoint ?? []), ...(entrypoint && entrypointShellForm ? [] : cmd ?? [])]
  const program = shellForm ? (entrypoint ?? cmd ?? [])[0]?.split(/\s+/)[0] ?? null : argv[0] ?? null
  let resolved: string | null = null
  if (program) {
    if (program.startsWith('/')) resolved = hasPath(stage, program) ? program : null
    else if (program.includes('/')) {
      const abs = `${workdir.replace(/\/+$/, '')}/${program.replace(/^\.\//, '')}`
      resolved = hasPath(stage, abs) ? abs : null
    } else {
      for (const dir of pathDirs(stage)) {
        if (hasPath(stage, `${dir}/${program}`)) { resolved = `${dir}/${program}`; break }
      }
      if (!resolved && stage.image && imageHasCommand(stage.image, program)) resolved = program
    }
  }
  const shellOk = !shellForm || hasPath(stage, shell[0] ?? '/bin/sh')
  return { program, argv, shellForm, resolved, exists: resolved !== null, canStart: resolved !== null && shellOk }
}

export interface RunUser {
  user: string
  isRoot: boolean
  exists: boolean
}

/** The user the final container runs as and whether it exists (numeric ids always do). */
export function runUser(stage: SimStage): RunUser {
  const spec = stage.config.user || 'root'
  const [user = 'root'] = spec.split(':')
  const numeric = /^\d+$/.test(user)
  const known = { ...(stage.image?.uids ?? {}), ...stage.users }
  const uid = numeric ? Number(user) : known[user]
  return { user, isRoot: user === 'root' || uid === 0, exists: numeric || Object.hasOwn(known, user) }
}

/**
 * The words the container executes, as a learner reads them: exec-form ENTRYPOINT + CMD, or the
 * first command of a shell-form string (`CMD node src/index.js` → node, src/index.js).
 */
export function startWords(stage: SimStage): string[] {
  const { entrypoint, cmd, entrypointShellForm, cmdShellForm } = stage.config
  const shellText = (argv: string[] | null) => {
    const first = parseShell(argv?.[argv.length - 1] ?? '').commands[0]
    if (!first) return []
    const words = [first.name, ...first.args]
    return words[0] === 'exec' ? words.slice(1) : words
  }
  if (entrypoint) return entrypointShellForm ? shellText(entrypoint) : [...entrypoint, ...(cmd ?? [])]
  return cmdShellForm ? shellText(cmd) : [...(cmd ?? [])]
}

/**
 * Reads through a shell a wrapper hands the command to: an exec ENTRYPOINT such as
 * `docker-entrypoint.sh` with a shell-form CMD runs `docker-entrypoint.sh /bin/sh -c "npm start"`,
 * which starts `npm start`.
 */
function pastShell(words: string[]): string[] {
  const at = words.findIndex((w, i) => w === '-c' && i > 0 && /(^|\/)(ba|da|a)?sh$/.test(words[i - 1]!))
  if (at < 0 || words[at + 1] === undefined) return words
  const first = parseShell(words[at + 1]!).commands[0]
  const inner = first ? [first.name, ...first.args] : []
  return [...words.slice(0, at - 1), ...(inner[0] === 'exec' ? inner.slice(1) : inner)]
}

export interface StartScript {
  /** The argument as written (`src/index.js`). */
  arg: string
  /** Absolute path, resolved against WORKDIR. */
  path: string
  /** What the image has there (the file, or the directory that holds it), if anything. */
  entry: FsEntry | undefined
  exists: boolean
  /** `package.json` when found through `npm start` / `yarn start` / `pnpm start`. */
  via: 'argv' | 'package.json'
}

const SCRIPT_EXTENSION = /\.(c|m)?(js|ts)$|\.py$/

/**
 * The script the start command hands to an interpreter: `node src/index.js`, `python app.py`, or
 * the `start` script of package.json when the container runs `npm start`. `readContext` reads a
 * context file's text (package.json), used only when package.json is in the image's WORKDIR.
 */
export function startScript(stage: SimStage, readContext?: (path: string) => string | null): StartScript | null {
  const workdir = stage.config.workdir.replace(/\/+$/, '')
  const resolve = (arg: string) => (arg.startsWith('/') ? arg : `${workdir}/${arg.replace(/^\.\//, '')}`)
  const find = (words: string[], via: StartScript['via'], depth: number): StartScript | null => {
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!
      if (w.startsWith('-')) continue
      if (SCRIPT_EXTENSION.test(w)) {
        const path = resolve(w)
        const entry = entryAt(stage, path)
        return { arg: w, path, entry, exists: entry !== undefined || hasPath(stage, path), via }
      }
    }
    const runner = words.findIndex((w) => /^(npm|yarn|pnpm)$/.test(w.slice(w.lastIndexOf('/') + 1)))
    if (runner >= 0 && depth === 0 && readContext) {
      const rest = words.slice(runner + 1).filter((w) => w !== 'run')
      if (rest[0] === 'start' && hasPath(stage, `${workdir}/package.json`)) {
        try {
          const json = JSON.parse(readContext('package.json') ?? '') as { scripts?: Record<string, string> }
          const first = parseShell(json.scripts?.start ?? '').commands[0]
          if (first) return find([first.name, ...first.args], 'package.json', depth + 1)
        } catch {
          return null
        }
      }
    }
    return null
  }
  const words = pastShell(startWords(stage))
  // `docker-entrypoint.sh node app.js`: the interpreter comes after a wrapper; scanning from 1 covers it.
  return words.length > 0 ? find(words, 'argv', 0) : null
}

/**
 * Who the container runs as, for permission questions: its names (login and uid), its groups (the
 * one in `USER user:group`, else the primary group useradd/adduser create with the user's name and
 * id) and whether it is root.
 */
export function runIdentity(stage: SimStage): Who {
  const u = runUser(stage)
  const group = (stage.config.user || 'root').split(':')[1]
  const known = { ...(stage.image?.uids ?? {}), ...stage.users }
  const uid = /^\d+$/.test(u.user) ? Number(u.user) : known[u.user]
  const aliases = [u.user]
  if (uid !== undefined) {
    aliases.push(String(uid))
    for (const [name, id] of Object.entries(known)) if (id === uid) aliases.push(name)
  }
  const unique = [...new Set(aliases)]
  return { aliases: unique, groups: group ? [group] : unique, root: u.isRoot }
}

/**
 * True when the user can read the path: it can search every directory above it and read the entry
 * itself. `/root` is root's home (0700) in every image unless a chmod opened it.
 */
export function readableBy(stage: SimStage, path: string, who: Who): boolean {
  if (who.root) return true
  const parts = path.split('/').filter(Boolean)
  let current = ''
  for (let i = 0; i < parts.length; i++) {
    current += `/${parts[i]}`
    const last = i === parts.length - 1
    const entry = stage.fs.get(current)
    const checked = current === '/root' && entry?.mode === undefined ? { kind: 'dir' as const, mode: 0o700 } : entry
    if (checked && !permits(checked, who, last ? 4 : 1)) return false
  }
  return true
}
