/**
 * Questions about a simulated build, for the grader, lint rules and the lab: does the image
 * contain a path (and where did it come from), is a compiler / toolchain / cache / secret in any
 * layer, what does the image start and as whom.
 *
 * Stage-level questions (`fn(stage, …)`) are what exercise checks ask of a stage they already
 * hold; result-level ones (`fn(result, …, stage?)`) pick a stage of a build (the target by
 * default) and answer through the stage-level ones, so both always agree.
 */
import type { DockerfileModel } from '@/lib/dockerfile/types'
import { checkUser, imageHasCommand, imageHasFile } from '@/lib/images'
import { parseShell } from '@/lib/shell/parse'
import { BASE_LAYER, simulateBuild } from './build'
import { normalizeAbs } from './footprints'
import { permits, type Who } from './perms'
import type { BuildResult, FsEntry, SimStage, Tag } from './types'

// ── Stages ────────────────────────────────────────────────────────────────────────────────────────

function stageOf(result: BuildResult, stage?: number | string | null): SimStage | null {
  if (stage === undefined || stage === null) return result.target !== null ? result.stages[result.target] ?? null : null
  if (typeof stage === 'number') return result.stages[stage] ?? null
  const lower = stage.toLowerCase()
  return result.stages.find((s) => s.name === lower) ?? (/^\d+$/.test(stage) ? result.stages[Number(stage)] ?? null : null)
}

/** The target stage of a build, or undefined when there is none. */
export function finalStage(result: BuildResult): SimStage | undefined {
  return stageOf(result) ?? undefined
}

/** Names (or indices) of the stages BuildKit builds for the result's target. */
export function builtStages(result: BuildResult): string[] {
  return result.stages.filter((s) => s.built).map((s) => s.name ?? String(s.index))
}

const memo = new WeakMap<DockerfileModel, BuildResult>()

/** The simulated build of a model with no context and the default target, memoized per model (for lint rules). */
export function simulateModel(model: DockerfileModel): BuildResult {
  let r = memo.get(model)
  if (!r) memo.set(model, (r = simulateBuild({ model })))
  return r
}

// ── Paths ─────────────────────────────────────────────────────────────────────────────────────────

/** The absolute, normalized path; a relative one is taken from the stage's WORKDIR. */
export function resolvePath(stage: SimStage, path: string): string {
  return normalizeAbs(path.startsWith('/') ? path : `${stage.config.workdir}/${path}`)
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

/**
 * The nearest directory above `abs` that the model knows only as a whole (`/app/dist` holding
 * `/app/dist/index.js`), unless it holds another directory's contents and `abs` names that
 * directory (flattenedInto). An empty directory (WORKDIR, mkdir) holds nothing.
 */
function holderOf(stage: SimStage, abs: string): FsEntry | undefined {
  for (let p = abs; p !== '/'; ) {
    p = p.slice(0, p.lastIndexOf('/')) || '/'
    const dir = stage.fs.get(p)
    if (dir && dir.kind === 'dir' && dir.bytes > 0) return flattenedInto(dir, abs) ? undefined : dir
  }
  return undefined
}

/** An entry below `abs` (so `abs` is a directory), preferring one a layer wrote over a base-image one. */
function childOf(stage: SimStage, abs: string): FsEntry | undefined {
  const prefix = abs === '/' ? '/' : `${abs}/`
  let child: FsEntry | undefined
  for (const e of stage.fs.values()) {
    if (e.path.startsWith(prefix) && (!child || (child.tags.includes('base') && !e.tags.includes('base')))) child = e
  }
  return child
}

/**
 * True when the base image's catalog has the path and no RUN removed it or a directory above it
 * (`rm -rf /usr/share/nginx/html` removes the files inside too, so the check is prefix-aware).
 */
function inBaseImage(stage: SimStage, abs: string): boolean {
  if (!stage.image || !imageHasFile(stage.image, abs)) return false
  for (const r of stage.removedBase) if (abs === r || abs.startsWith(`${r}/`)) return false
  return true
}

interface Located {
  path: string
  /** The path itself, a child (the path is a directory) or the whole directory holding it; null for a base-image file. */
  entry: FsEntry | null
  certainty: 'known' | 'likely'
}

/**
 * The one path lookup every question shares: the exact entry, else an entry below it, else a
 * directory known only as a whole that holds it (`likely`), else the base image's catalog.
 */
function locate(stage: SimStage, path: string): Located | null {
  const abs = resolvePath(stage, path)
  const exact = stage.fs.get(abs) ?? childOf(stage, abs)
  if (exact) return { path: abs, entry: exact, certainty: 'known' }
  const holder = holderOf(stage, abs)
  if (holder) return { path: abs, entry: holder, certainty: 'likely' }
  return inBaseImage(stage, abs) ? { path: abs, entry: null, certainty: 'known' } : null
}

/**
 * The visible entry at a path, or the entry of a directory known only as a whole that contains it.
 * Unlike `hasPath`, never an entry below the path: callers read the entry's own tags and origin.
 */
export function entryAt(stage: SimStage, path: string): FsEntry | undefined {
  const abs = resolvePath(stage, path)
  return stage.fs.get(abs) ?? holderOf(stage, abs)
}

/** True when the stage's filesystem has the path: written by a layer, or known in the base image. */
export function hasPath(stage: SimStage, path: string): boolean {
  return locate(stage, path) !== null
}

export interface PathOrigin {
  path: string
  /** `known`: the model has this path; `likely`: it is inside a directory the model knows only as a whole. */
  certainty: 'known' | 'likely'
  /** The entry that holds the path (the path itself, a parent directory, or a child when the path is a directory). */
  entry: FsEntry | null
  /** True when it comes from the base image's catalog. */
  fromBase: boolean
  /** Stage and 1-based line of the instruction whose layer wrote it (0 = the base image). */
  stage: number
  line: number
  layer: number
  /** For COPY --from: the stage it was copied from, and where it was written there. */
  copiedFrom: { stage: number; path: string; line: number } | null
}

function lineOfLayer(result: BuildResult, id: number): number {
  for (const s of result.stages) for (const l of s.layers) if (l.id === id) return l.line
  return 0
}

/**
 * Where a path of the (target, by default) image comes from, or null when the image does not have
 * it. Relative paths are resolved against the image's WORKDIR.
 */
export function findPath(result: BuildResult, path: string, stage?: number | string | null): PathOrigin | null {
  const s = stageOf(result, stage)
  const found = s ? locate(s, path) : null
  if (!s || !found) return null
  const { entry } = found
  const base = s.layers[0]
  if (!entry || entry.layer === BASE_LAYER) {
    return { ...found, fromBase: true, stage: base?.stage ?? s.index, line: base?.line ?? 0, layer: base?.id ?? BASE_LAYER, copiedFrom: null }
  }
  const layer = s.layers.find((l) => l.id === entry.layer)
  return {
    ...found, fromBase: false, stage: layer?.stage ?? s.index, line: layer?.line ?? 0, layer: entry.layer,
    copiedFrom: entry.copiedFrom ? { stage: entry.copiedFrom.stage, path: entry.copiedFrom.path, line: lineOfLayer(result, entry.copiedFrom.layer) } : null,
  }
}

/** True when the (target) image contains the path. */
export function imageHasPath(result: BuildResult, path: string, stage?: number | string | null): boolean {
  const s = stageOf(result, stage)
  return !!s && hasPath(s, path)
}

// ── Tagged entries in any layer ───────────────────────────────────────────────────────────────────

export interface TaggedPath {
  path: string
  bytes: number
  stage: number
  line: number
  layer: number
  /** Still visible in the final filesystem (false when a later layer removed or replaced it). */
  visible: boolean
  /** True when the base image ships it. */
  fromBase: boolean
  entry: FsEntry
}

/**
 * Entries carrying one of the tags in ANY layer of the stage's image, including the base image
 * and layers whose files a later RUN deleted (a deleted file still ships in its layer).
 */
export function entriesWithTag(stage: SimStage, tags: readonly Tag[]): TaggedPath[] {
  const out: TaggedPath[] = []
  for (const layer of stage.layers) {
    for (const entry of layer.adds) {
      // An empty directory (a cache cleaned in the same RUN, a bare mkdir) ships nothing.
      if (!entry.tags.some((t) => tags.includes(t)) || (entry.bytes === 0 && entry.kind !== 'file')) continue
      out.push({
        path: entry.path, bytes: entry.bytes, stage: layer.stage, line: layer.line, layer: layer.id,
        visible: stage.fs.get(entry.path) === entry, fromBase: entry.layer === BASE_LAYER, entry,
      })
    }
  }
  return out
}

/**
 * Every path with a tag in ANY layer of the (target) image: `compiler`, `go-toolchain`,
 * `node-runtime`, `pip-cache`, `apt-lists`, `secret`…
 */
export function layersWith(result: BuildResult, tag: Tag, stage?: number | string | null): TaggedPath[] {
  const s = stageOf(result, stage)
  return s ? entriesWithTag(s, [tag]) : []
}

/** True when some layer of the (target) image has a path with the tag. */
export function anyLayerHas(result: BuildResult, tag: Tag, stage?: number | string | null): boolean {
  return layersWith(result, tag, stage).length > 0
}

/** Secret-looking files (.env, keys, .npmrc…) in any layer of the (target) image. */
export function secretsInLayers(result: BuildResult, stage?: number | string | null): TaggedPath[] {
  return layersWith(result, 'secret', stage)
}

// ── Commands ──────────────────────────────────────────────────────────────────────────────────────

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/**
 * Where the stage resolves a command: an absolute path, a path relative to WORKDIR, or a bare name
 * on PATH; else the base image's known commands, unless a RUN removed it. The catalog does not
 * always say a command's directory, so that last case resolves to the bare name. Null when absent.
 */
export function resolveCommand(stage: SimStage, command: string): string | null {
  if (!command) return null
  const candidates = command.includes('/') ? [command] : (stage.config.env.PATH ?? DEFAULT_PATH).split(':').filter(Boolean).map((d) => `${d}/${command}`)
  for (const c of candidates) {
    const found = locate(stage, c)
    if (found) return found.path
  }
  if (command.includes('/')) return null
  if (!stage.image || !imageHasCommand(stage.image, command)) return null
  for (const r of stage.removedBase) if (r.endsWith(`/${command}`)) return null
  return command
}

/** True when the (target) image can run the command: a file on its PATH (or an absolute path) that exists. */
export function commandExists(result: BuildResult, command: string, stage?: number | string | null): boolean {
  const s = stageOf(result, stage)
  return !!s && resolveCommand(s, command) !== null
}

// ── How the container starts ──────────────────────────────────────────────────────────────────────

/** The words of the first command of a shell text, without `exec`. */
function shellWords(text: string): string[] {
  const first = parseShell(text).commands[0]
  const words = first ? [first.name, ...first.args] : []
  return words[0] === 'exec' ? words.slice(1) : words
}

/**
 * The words the container executes, as a learner reads them: exec-form ENTRYPOINT + CMD, or the
 * first command of a shell-form string (`CMD node src/index.js` → node, src/index.js).
 */
export function startWords(stage: SimStage): string[] {
  const { entrypoint, cmd, entrypointShellForm, cmdShellForm } = stage.config
  // A shell form is stored as [...SHELL, text].
  const shellText = (argv: string[] | null) => shellWords(argv?.[argv.length - 1] ?? '')
  if (entrypoint) return entrypointShellForm ? shellText(entrypoint) : [...entrypoint, ...(cmd ?? [])]
  return cmdShellForm ? shellText(cmd) : [...(cmd ?? [])]
}

const basename = (w: string) => w.slice(w.lastIndexOf('/') + 1)
const WRAPPERS = new Set(['docker-entrypoint.sh', 'tini', 'tini-static', 'dumb-init'])
const SHELL = /(^|\/)(ba|da|a)?sh$/

/**
 * The programs a start command passes through, outermost first: an init wrapper (tini,
 * docker-entrypoint.sh…) execs the words after its options, and `sh -c "…"` runs its first command.
 */
function execChain(words: string[]): string[][] {
  const chain = [words]
  for (let cur = words; chain.length < 8; chain.push(cur)) {
    const next = cur.findIndex((w, i) => i > 0 && !w.startsWith('-'))
    if (WRAPPERS.has(basename(cur[0] ?? '')) && next > 0) cur = cur.slice(next)
    else if (SHELL.test(cur[0] ?? '') && cur[1] === '-c' && cur[2] !== undefined) cur = shellWords(cur[2])
    else break
  }
  return chain
}

/** The command the container finally runs, past init wrappers and `sh -c "…"` (`npm run dev`). */
export function commandWords(stage: SimStage): string[] {
  return execChain(startWords(stage)).at(-1)!
}

export interface StartCommand {
  /** The program the start command names: argv[0] of the exec form, the first command of a shell form. */
  program: string | null
  /** What the container executes: ENTRYPOINT + CMD (a shell-form ENTRYPOINT ignores CMD). */
  argv: string[]
  /** The words as a learner reads them (startWords). */
  words: string[]
  /** True when ENTRYPOINT or CMD is in shell form (needs a shell). */
  shellForm: boolean
  /** True when the shell a shell form runs through exists (always true for the exec form). */
  shellExists: boolean
  /** Where the program resolves (see resolveCommand), when found. */
  resolved: string | null
  /** True when the program is found in the image. */
  exists: boolean
  /** True when it could start: found, and a shell exists if the form needs one. */
  canStart: boolean
}

/** Resolves how the container starts: ENTRYPOINT + CMD, and whether the program and its shell exist. */
export function startCommand(stage: SimStage): StartCommand {
  const { entrypoint, cmd, entrypointShellForm, cmdShellForm } = stage.config
  const argv = entrypoint ? [...entrypoint, ...(entrypointShellForm ? [] : cmd ?? [])] : [...(cmd ?? [])]
  const shellForm = entrypoint ? entrypointShellForm : cmdShellForm
  const words = startWords(stage)
  // The shell is argv[0] as recorded when the instruction ran (a later SHELL does not change it).
  const shellExists = !shellForm || resolveCommand(stage, argv[0] ?? '/bin/sh') !== null
  // Not argv[0]: for a shell form that is the shell, which shellExists answers for.
  const program = words[0] ?? null
  const resolved = program ? resolveCommand(stage, program) : null
  return { program, argv, words, shellForm, shellExists, resolved, exists: resolved !== null, canStart: resolved !== null && shellExists }
}

export interface StartCheck {
  /** The argv the container starts with (ENTRYPOINT + CMD), or null when neither is set. */
  argv: string[] | null
  /** The program that finally runs (past wrappers and `sh -c`) and whether it exists in the image. */
  program: string | null
  programExists: boolean
  /** True when ENTRYPOINT/CMD are in shell form, which needs /bin/sh (or the SHELL) in the image. */
  shellForm: boolean
  shellExists: boolean
  /** For interpreters (node, python, java -jar…): the script argument and whether it exists. */
  script: string | null
  scriptExists: boolean | null
  /** True when the program (and script, and shell if needed) all exist. */
  ok: boolean
}

const INTERPRETERS = new Set(['node', 'nodejs', 'python', 'python3', 'ruby', 'php', 'bun', 'deno', 'perl'])

/** Does the (target) image's ENTRYPOINT/CMD start an existing file? */
export function startCheck(result: BuildResult, stage?: number | string | null): StartCheck {
  const s = stageOf(result, stage)
  const start = s ? startCommand(s) : null
  if (!s || !start || start.argv.length === 0) {
    return { argv: null, program: null, programExists: false, shellForm: false, shellExists: false, script: null, scriptExists: null, ok: false }
  }
  // Follow wrappers and `sh -c` to the program that finally runs; a missing link stops the walk there.
  const chain = execChain(start.words)
  let words = chain[0]!
  let programExists = start.exists
  for (const next of chain.slice(1)) {
    if (!programExists) break
    words = next
    programExists = resolveCommand(s, next[0] ?? '') !== null
  }
  const [program = '', ...rest] = words
  const name = basename(program)
  let script: string | null = null
  if (INTERPRETERS.has(name) || /^python3\.\d+$/.test(name)) script = rest.find((a) => !a.startsWith('-')) ?? null
  else if (name === 'java') {
    const jar = rest.indexOf('-jar')
    script = jar !== -1 ? rest[jar + 1] ?? null : null
  }
  const scriptExists = script === null || script.startsWith('$') ? null : hasPath(s, script)
  const { argv, shellForm, shellExists } = start
  return { argv, program, programExists, shellForm, shellExists, script, scriptExists, ok: programExists && shellExists && scriptExists !== false }
}

/**
 * Reads through a shell a wrapper hands the command to: an exec ENTRYPOINT such as
 * `docker-entrypoint.sh` with a shell-form CMD runs `docker-entrypoint.sh /bin/sh -c "npm start"`,
 * which starts `npm start`. Unlike execChain, the shell may follow any program (`gosu app sh -c …`).
 */
function pastShell(words: string[]): string[] {
  const at = words.findIndex((w, i) => w === '-c' && i > 0 && SHELL.test(words[i - 1]!))
  if (at < 0 || words[at + 1] === undefined) return words
  return [...words.slice(0, at - 1), ...shellWords(words[at + 1]!)]
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
  const find = (words: string[], via: StartScript['via'], depth: number): StartScript | null => {
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!
      if (w.startsWith('-')) continue
      if (SCRIPT_EXTENSION.test(w)) return { arg: w, path: resolvePath(stage, w), entry: entryAt(stage, w), exists: hasPath(stage, w), via }
    }
    const runner = words.findIndex((w) => /^(npm|yarn|pnpm)$/.test(basename(w)))
    if (runner >= 0 && depth === 0 && readContext) {
      const rest = words.slice(runner + 1).filter((w) => w !== 'run')
      if (rest[0] === 'start' && hasPath(stage, 'package.json')) {
        try {
          const json = JSON.parse(readContext('package.json') ?? '') as { scripts?: Record<string, string> }
          const start = shellWords(json.scripts?.start ?? '')
          if (start.length) return find(start, 'package.json', depth + 1)
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

// ── Users ─────────────────────────────────────────────────────────────────────────────────────────

export interface RunUser {
  /** The user part of USER (`app` of `app:app`); root by default. */
  user: string
  group: string | null
  uid: number | null
  isRoot: boolean
  /** True when the user exists in /etc/passwd (numeric uids always work). */
  exists: boolean
}

/** The user the stage's container runs as, checked against the catalog's passwd plus the users and groups its RUNs created. */
export function runUser(stage: SimStage): RunUser {
  const c = checkUser(stage.image, stage.config.user || 'root', stage.users, stage.groups)
  return { user: c.user, group: c.group, uid: c.uid, isRoot: c.isRoot, exists: c.exists }
}

export interface UserInfo extends RunUser {
  /** 1-based line of the USER instruction that set it, or null when it is the base image's default. */
  line: number | null
}

/** Which user the (target) image runs as, whether it exists, and the USER line (inherited from base stages too). */
export function finalUser(result: BuildResult, stage?: number | string | null): UserInfo {
  const s = stageOf(result, stage)
  if (!s) return { user: 'root', group: null, uid: null, isRoot: true, exists: false, line: null }
  let line: number | null = null
  for (let cur: SimStage | undefined = s, guard = 0; cur && guard <= result.stages.length; cur = cur.baseStage !== null ? result.stages[cur.baseStage] : undefined, guard++) {
    const users = cur.instructions.filter((i) => i.keyword === 'USER')
    if (users.length) { line = users[users.length - 1]!.line; break }
  }
  return { ...runUser(s), line }
}

/**
 * Who the container runs as, for permission questions: its names (login and uid), its groups (the
 * one in `USER user:group`, else the primary group useradd/adduser create with the user's name and
 * id) and whether it is root.
 */
export function runIdentity(stage: SimStage): Who {
  const u = runUser(stage)
  const aliases = [u.user]
  if (u.uid !== null) {
    aliases.push(String(u.uid))
    for (const [name, id] of Object.entries({ ...stage.image?.uids, ...stage.users })) if (id === u.uid) aliases.push(name)
  }
  const unique = [...new Set(aliases)]
  return { aliases: unique, groups: u.group ? [u.group] : unique, root: u.isRoot }
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
