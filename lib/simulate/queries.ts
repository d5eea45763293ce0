/**
 * Questions about a simulated build, for the grader, lint rules and the lab: does the image
 * contain a path (and where did it come from), is a compiler / toolchain / cache / secret in any
 * layer, what does the image start and as whom.
 */
import type { DockerfileModel } from '@/lib/dockerfile/types'
import { checkUser, imageHasCommand, imageHasFile } from '@/lib/images'
import { BASE_LAYER, simulateBuild } from './build'
import { normalizeAbs } from './footprints'
import type { BuildResult, FsEntry, SimStage, Tag } from './types'

function stageOf(result: BuildResult, stage?: number | string | null): SimStage | null {
  if (stage === undefined || stage === null) return result.target !== null ? result.stages[result.target] ?? null : null
  if (typeof stage === 'number') return result.stages[stage] ?? null
  const lower = stage.toLowerCase()
  return result.stages.find((s) => s.name === lower) ?? (/^\d+$/.test(stage) ? result.stages[Number(stage)] ?? null : null)
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

function layerLine(stage: SimStage, id: number): { stage: number; line: number } {
  const layer = id === BASE_LAYER ? stage.layers[0] : stage.layers.find((l) => l.id === id)
  return { stage: layer?.stage ?? stage.index, line: layer?.line ?? 0 }
}

function lineOfLayer(result: BuildResult, id: number): number {
  for (const s of result.stages) for (const l of s.layers) if (l.id === id) return l.line
  return 0
}

function origin(result: BuildResult, stage: SimStage, path: string, entry: FsEntry, certainty: 'known' | 'likely'): PathOrigin {
  const where = layerLine(stage, entry.layer)
  return {
    path, certainty, entry, fromBase: entry.layer === BASE_LAYER,
    stage: where.stage, line: where.line, layer: entry.layer === BASE_LAYER ? stage.layers[0]?.id ?? BASE_LAYER : entry.layer,
    copiedFrom: entry.copiedFrom ? { stage: entry.copiedFrom.stage, path: entry.copiedFrom.path, line: lineOfLayer(result, entry.copiedFrom.layer) } : null,
  }
}

/**
 * Where a path of the (target, by default) image comes from, or null when the image does not have
 * it. Relative paths are resolved against the image's WORKDIR.
 */
export function findPath(result: BuildResult, path: string, stage?: number | string | null): PathOrigin | null {
  const s = stageOf(result, stage)
  if (!s) return null
  const abs = path.startsWith('/') ? normalizeAbs(path) : normalizeAbs(`${s.config.workdir}/${path}`)
  const exact = s.fs.get(abs)
  if (exact) return origin(result, s, abs, exact, 'known')
  let child: FsEntry | null = null
  for (const e of s.fs.values()) {
    if (e.path.startsWith(`${abs}/`)) {
      if (!child || (child.tags.includes('base') && !e.tags.includes('base'))) child = e
    }
  }
  if (child) return origin(result, s, abs, child, 'known')
  let cut = abs.lastIndexOf('/')
  while (cut > 0) {
    const parent = s.fs.get(abs.slice(0, cut))
    if (parent && parent.kind === 'dir' && parent.bytes > 0) return origin(result, s, abs, parent, 'likely')
    cut = abs.lastIndexOf('/', cut - 1)
  }
  if (s.image && imageHasFile(s.image, abs) && ![...s.removedBase].some((r) => abs === r || abs.startsWith(`${r}/`))) {
    const first = s.layers[0]
    return { path: abs, certainty: 'known', entry: null, fromBase: true, stage: first?.stage ?? s.index, line: first?.line ?? 0, layer: first?.id ?? -1, copiedFrom: null }
  }
  return null
}

/** True when the (target) image contains the path. */
export function imageHasPath(result: BuildResult, path: string, stage?: number | string | null): boolean {
  return findPath(result, path, stage) !== null
}

export interface TaggedPath {
  path: string
  bytes: number
  stage: number
  line: number
  layer: number
  /** Still visible in the final filesystem (false when a later layer removed or replaced it). */
  visible: boolean
}

/**
 * Every path with a tag in ANY layer of the (target) image, including the base image and layers
 * whose files a later RUN deleted: `compiler`, `go-toolchain`, `node-runtime`, `pip-cache`,
 * `apt-lists`, `secret`…
 */
export function layersWith(result: BuildResult, tag: Tag, stage?: number | string | null): TaggedPath[] {
  const s = stageOf(result, stage)
  if (!s) return []
  const out: TaggedPath[] = []
  for (const layer of s.layers) {
    for (const e of layer.adds) {
      if (!e.tags.includes(tag) || e.bytes === 0 && e.kind !== 'file') continue
      const live = s.fs.get(e.path)
      out.push({ path: e.path, bytes: e.bytes, stage: layer.stage, line: layer.line, layer: layer.id, visible: live === e })
    }
  }
  return out
}

/** True when some layer of the (target) image has a path with the tag. */
export function anyLayerHas(result: BuildResult, tag: Tag, stage?: number | string | null): boolean {
  return layersWith(result, tag, stage).length > 0
}

/** Secret-looking files (.env, keys, .npmrc…) in any layer of the (target) image. */
export function secretsInLayers(result: BuildResult, stage?: number | string | null): TaggedPath[] {
  return layersWith(result, 'secret', stage)
}

/** True when the (target) image can run the command: a file on its PATH (or an absolute path) that exists. */
export function commandExists(result: BuildResult, command: string, stage?: number | string | null): boolean {
  const s = stageOf(result, stage)
  if (!s || !command) return false
  if (command.includes('/')) {
    const abs = command.startsWith('/') ? command : normalizeAbs(`${s.config.workdir}/${command}`)
    return findPath(result, abs, s.index) !== null
  }
  const dirs = (s.config.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':').filter(Boolean)
  for (const d of dirs) if (s.fs.has(`${normalizeAbs(d)}/${command}`)) return true
  if (s.image && imageHasCommand(s.image, command)) {
    return ![...s.removedBase].some((r) => r.endsWith(`/${command}`))
  }
  return false
}

export interface StartCheck {
  /** The argv the container starts with (ENTRYPOINT + CMD), or null when neither is set. */
  argv: string[] | null
  /** The program (argv[0]) and whether it exists in the image. */
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

const WRAPPERS = new Set(['docker-entrypoint.sh', 'tini', 'dumb-init', 'tini-static'])
const INTERPRETERS = new Set(['node', 'nodejs', 'python', 'python3', 'ruby', 'php', 'bun', 'deno', 'perl'])

/** Does the (target) image's ENTRYPOINT/CMD start an existing file? */
export function startCheck(result: BuildResult, stage?: number | string | null): StartCheck {
  const s = stageOf(result, stage)
  const none: StartCheck = { argv: null, program: null, programExists: false, shellForm: false, shellExists: false, script: null, scriptExists: null, ok: false }
  if (!s) return none
  const c = s.config
  const argv = [...(c.entrypoint ?? []), ...(c.cmd ?? [])]
  if (argv.length === 0) return none
  const shellForm = (c.entrypoint !== null && c.entrypointShellForm) || (c.entrypoint === null && c.cmdShellForm)
  let program = argv[0]!
  let rest = argv.slice(1)
  let shellExists = true
  if (shellForm) {
    shellExists = commandExists(result, program, s.index)
    const words = (argv[argv.length - 1] ?? '').trim().split(/\s+/)
    program = words[0] === 'exec' ? words[1] ?? '' : words[0] ?? ''
    rest = words.slice(words[0] === 'exec' ? 2 : 1)
  }
  let programExists = commandExists(result, program, s.index)
  // Entrypoint wrappers (docker-entrypoint.sh, tini, dumb-init) exec the command that follows.
  while (WRAPPERS.has(program.slice(program.lastIndexOf('/') + 1)) && rest.length) {
    if (!programExists) break
    const next = rest.findIndex((a) => !a.startsWith('-'))
    if (next === -1) break
    program = rest[next]!
    rest = rest.slice(next + 1)
    programExists = commandExists(result, program, s.index)
  }
  const name = program.slice(program.lastIndexOf('/') + 1)
  let script: string | null = null
  if (INTERPRETERS.has(name) || /^python3\.\d+$/.test(name)) script = rest.find((a) => !a.startsWith('-')) ?? null
  else if (name === 'java') {
    const jar = rest.indexOf('-jar')
    script = jar !== -1 ? rest[jar + 1] ?? null : null
  }
  const scriptExists = script === null || script.startsWith('$') ? null : findPath(result, script, s.index) !== null
  return { argv, program, programExists, shellForm, shellExists, script, scriptExists, ok: programExists && shellExists && scriptExists !== false }
}

export interface UserInfo {
  user: string
  /** True when the user exists in /etc/passwd (numeric uids always work). */
  exists: boolean
  uid: number | null
  isRoot: boolean
  /** 1-based line of the USER instruction that set it, or null when it is the base image's default. */
  line: number | null
}

/** Which user the (target) image runs as, and whether it exists. */
export function finalUser(result: BuildResult, stage?: number | string | null): UserInfo {
  const s = stageOf(result, stage)
  if (!s) return { user: 'root', exists: false, uid: null, isRoot: true, line: null }
  const spec = s.config.user || 'root'
  let line: number | null = null
  const chain: SimStage[] = []
  for (let cur: SimStage | undefined = s, guard = 0; cur && guard < result.stages.length + 1; cur = cur.baseStage !== null ? result.stages[cur.baseStage] : undefined, guard++) chain.push(cur)
  for (const st of chain) {
    const users = st.instructions.filter((i) => i.keyword === 'USER')
    if (users.length) { line = users[users.length - 1]!.line; break }
  }
  const check = s.image
    ? checkUser(s.image, spec, s.users, s.groups)
    : { exists: /^\d+/.test(spec) || Object.hasOwn(s.users, spec.split(':')[0] ?? ''), uid: s.users[spec] ?? null, isRoot: spec === 'root' || spec === '0' }
  return { user: spec, exists: check.exists, uid: check.uid, isRoot: check.isRoot, line }
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
