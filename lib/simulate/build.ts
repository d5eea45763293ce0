/**
 * The build simulator: "what would `docker build` (BuildKit) do?" without building.
 *
 * The model's rules, in the order the simulator applies them (each has named tests in
 * build.test.ts and cache.test.ts; facts and sources in ../shared/reference/build-semantics.md):
 *
 *  1. Stages and target. The target is `--target` (name, case-insensitive, or index) or the last
 *     stage. BuildKit builds only the stages the target reaches through `FROM <stage>`,
 *     `COPY --from=<stage>` and `RUN --mount=…,from=<stage>`; the others are skipped. Stages whose
 *     dependencies are all built can build in parallel (one "level"). `COPY --from=<image>` names an
 *     external image, not a stage. Unknown targets, forward or cyclic references and duplicate names
 *     are findings, never exceptions (lib/dockerfile/graph.ts).
 *  2. Layers. RUN, COPY and ADD create a layer; so does WORKDIR when its path is not "/" (an empty
 *     `mkdir -p` layer in BuildKit). ENV, ARG, LABEL, EXPOSE, CMD, ENTRYPOINT, USER, VOLUME, SHELL,
 *     HEALTHCHECK, STOPSIGNAL, MAINTAINER and ONBUILD only change the image config: no layer, 0 B.
 *  3. The image of a stage is its base (an external image from the catalog, sized as a whole, or the
 *     image of the stage it is FROM, layers included) plus its own layers. `FROM scratch` is empty.
 *     Image size = Σ layer bytes (uncompressed, what `docker images` shows). Unknown images get a
 *     family-based size and a finding.
 *  4. A virtual filesystem per stage: each layer adds or changes paths and removes others
 *     (whiteouts). Sources: the base image's notable contents; COPY/ADD from the context (real files
 *     and sizes when a context is given, documented defaults otherwise); COPY --from (what the other
 *     stage has at that path); package installs and build commands (footprints.ts: packages, caches,
 *     index lists, build outputs); rm, apt-get purge, apk del, pip uninstall, cache cleans.
 *  5. Deleting in a later layer never shrinks the image: the bytes stay in the earlier layer and the
 *     later one only adds a whiteout. Deleting inside the same RUN leaves nothing.
 *  6. chmod/chown/touch of existing files in a later layer copies the whole files into the new layer
 *     (copy-on-write), so their bytes count twice.
 *  7. Writes under a RUN's cache, tmpfs, bind or secret mount targets are not part of the layer.
 *  8. Wasted space and efficiency follow dive (efficiency.go): for every path, over all layers,
 *     cumulative = Σ sizes of every copy (a removal counts 0) and min = the smallest copy;
 *     efficiency = Σ min ÷ Σ cumulative (1 when empty); wasted bytes = Σ cumulative of the paths seen
 *     more than once. One deliberate difference: removing a directory counts its files as removed
 *     (dive under-reports a whole-directory whiteout), so a later-RUN cleanup always shows its waste.
 *  9. More than 125 layers in one image fails in Docker's layer store ("max depth exceeded").
 * 10. Cache keys (cache.ts explains the what-if): FROM <image> is keyed by the image and its digest;
 *     RUN by its command, environment (ENV and in-scope ARGs with a value), user, workdir, shell and
 *     mount definitions, plus the state before it (and the contents of bind-mounted context files);
 *     COPY/ADD by their definition, the state before them and the content of the files they select
 *     (never mtime); COPY --link does not depend on the state before it; COPY --from=<stage> depends
 *     on that stage's final state; WORKDIR by path and user; metadata instructions have no key.
 *
 * The result is an estimate and says so: `assumed` entries, `assumptions`, and "≈" in every reason.
 */
import { stageGraph, type StageGraph } from '@/lib/dockerfile/graph'
import { BUILTIN_ARGS, copyDestination, copySources, globalArgValues, unquote } from '@/lib/dockerfile/parse'
import type { DockerfileModel, Flag, Instruction, Stage } from '@/lib/dockerfile/types'
import { expandVariables } from '@/lib/dockerfile/vars'
import { normalizeContextPath } from '@/lib/context/dockerignore'
import { hashText } from '@/lib/context/build'
import { sentFiles } from '@/lib/context/select'
import type { BuildContext, ContextFile } from '@/lib/context/types'
import { imageHasFile, lookupImage, type ImageInfo } from '@/lib/images'
import { runScript } from '@/lib/lint/facts'
import { interpretRun, isSecretPath, normalizeAbs, type Effect, type RunEnv } from './footprints'
import { globRegExp, isGlob, relativeToSource } from './glob'
import { applyChmod, applyChown } from './perms'
import { hash } from './hash'
import { formatBytes, t } from './text'
import type {
  BuildInput, BuildResult, CacheStep, FsEntry, ImageConfig, ImageSummary, Layer, Reason, SimFinding, SimInstruction,
  SimStage, Tag, Text, WasteItem,
} from './types'

const KB = 1000
const MB = 1_000_000
const MAX_LAYERS = 125
const METADATA = new Set(['ENV', 'ARG', 'LABEL', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'USER', 'VOLUME', 'SHELL', 'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER', 'ONBUILD'])
/** Proxy build args BuildKit keeps out of the cache key unless the Dockerfile declares them. */
const PROXY_ARGS = new Set(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'])

/** Whether an instruction creates a filesystem layer in BuildKit (rule 2). */
export function createsLayer(instr: Instruction, workdirPath?: string): boolean {
  const k = instr.keyword
  if (k === 'RUN' || k === 'COPY' || k === 'ADD') return true
  if (k === 'WORKDIR') return normalizeAbs(workdirPath ?? (instr.args[0]?.value ?? '/')) !== '/'
  return false
}

// ---------------------------------------------------------------------------------------------
// Per-stage state

interface StageState {
  fs: Map<string, FsEntry>
  layers: Layer[]
  ownFrom: number
  config: ImageConfig
  /** ENV values (base image env included) and ARG values in scope. */
  env: Map<string, string>
  args: Map<string, string>
  declaredArgs: Set<string>
  users: Record<string, number>
  groups: Set<string>
  packages: Map<string, string[]>
  removedBase: Set<string>
  root: ImageInfo | null
  stateKey: string
  bytes: number
  onbuild: Instruction[]
}

interface Ctx {
  /** Only cache keys (for the first build of a what-if): no filesystem, sizes or findings. */
  keysOnly: boolean
  model: DockerfileModel
  input: BuildInput
  context: BuildContext | null
  files: ContextFile[]
  dockerfilePath: string
  dockerfileHash: string
  graph: StageGraph
  states: Array<StageState | null>
  findings: SimFinding[]
  assumptions: Map<string, Text>
  nextLayer: number
  /** Per stage, its simulated instructions. */
  instructionsOf: Map<number, SimInstruction[]>
  /** Context reads of the stage being simulated (for the stage memo), or null when not recording. */
  access: string[] | null
  /** Per stage, the memo key of its result (null when it cannot be memoized). */
  memoKeys: Array<string | null>
  memo: boolean
  cacheSteps: CacheStep[]
  stepOf: Map<Instruction, CacheStep>
  buildArgs: Record<string, string>
  globals: Map<string, string | undefined>
}

function line1(instr: Instruction): number {
  return instr.range.start.line + 1
}

const textMemo = { label: new Map<string, string>(), def: new Map<string, string>() }

function memoText(kind: 'label' | 'def', instr: Instruction, compute: () => string): string {
  const memo = textMemo[kind]
  let v = memo.get(instr.source)
  if (v === undefined) {
    v = compute()
    if (memo.size > 4000) memo.clear()
    memo.set(instr.source, v)
  }
  return v
}

export function label(instr: Instruction): string {
  return memoText('label', instr, () => labelOf(instr))
}

function labelOf(instr: Instruction): string {
  const flags = instr.flags.map((f) => `--${f.name}${f.value !== null ? `=${f.value}` : ''}`).join(' ')
  const text = `${instr.keyword}${flags ? ` ${flags}` : ''} ${instr.argsText}`.replace(/\s+/g, ' ').trim()
  return text.length > 200 ? `${text.slice(0, 199)}…` : text
}

function flagOf(instr: Instruction, name: string): Flag | undefined {
  return instr.flags.find((f) => f.name.toLowerCase() === name)
}

function lookupVar(state: StageState) {
  return (name: string) => state.env.get(name) ?? state.args.get(name)
}

function expand(text: string, state: StageState, escape: string): string {
  if (!text.includes('$')) return text
  return expandVariables(text, lookupVar(state), escape).value
}

function newConfig(image: ImageInfo | null): ImageConfig {
  return {
    user: image?.defaultUser ?? 'root',
    workdir: image?.workdir ?? '/',
    env: { ...(image?.env ?? {}) },
    entrypoint: image?.entrypoint ?? null,
    cmd: image?.cmd ?? null,
    entrypointShellForm: false,
    cmdShellForm: false,
    shell: ['/bin/sh', '-c'],
    exposed: [],
    labels: {},
    volumes: [],
    healthcheck: null,
    stopSignal: null,
  }
}

function homeOf(state: StageState): string {
  const fromEnv = state.env.get('HOME')
  if (fromEnv) return fromEnv
  const user = state.config.user.split(':')[0] ?? 'root'
  if (user === 'root' || user === '0' || user === '') return '/root'
  const name = /^\d+$/.test(user) ? Object.entries(state.users).find(([, uid]) => uid === Number(user))?.[0] : user
  return name ? `/home/${name}` : '/'
}

const CONTENT_TAG: Record<string, Tag> = {
  compiler: 'compiler', 'build-tool': 'build-tool', 'go-toolchain': 'go-toolchain', 'node-runtime': 'node-runtime',
  'python-runtime': 'python-runtime', 'rust-toolchain': 'rust-toolchain', jdk: 'jdk', jre: 'jre', 'package-manager': 'package-manager',
}

// ---------------------------------------------------------------------------------------------
// Layer writing

class LayerWriter {
  readonly adds = new Map<string, FsEntry>()
  readonly removes = new Set<string>()
  readonly reasons: Reason[] = []
  /** What the RUN wrote under its mounts: gone after the RUN, but visible to its own later commands (cp out of a cache mount). */
  readonly mounted = new Map<string, FsEntry>()
  /** Paths under these prefixes are not persisted (cache/tmpfs/bind/secret mounts). */
  constructor(private state: StageState, readonly id: number, private discard: string[] = []) {}

  discarded(path: string): string | null {
    for (const d of this.discard) if (path === d || path.startsWith(`${d}/`) || d === '/') return d
    return null
  }

  add(entry: FsEntry, reason: Text | null, pkg?: string): void {
    const mount = this.discarded(entry.path)
    if (mount) {
      this.mounted.set(entry.path, entry)
      if (entry.bytes > 0 && reason) {
        this.reasons.push({ bytes: 0, path: entry.path, text: t(`${reason.es} → queda en el montaje ${mount}, no en la capa`, `${reason.en} → kept in the mount ${mount}, not in the layer`) })
      }
      return
    }
    const fs = this.state.fs
    const existing = this.adds.get(entry.path)
    let e = entry
    if (existing && pkg !== undefined) {
      // Two packages sharing a directory in one install: the larger figure covers both.
      e = { ...entry, bytes: Math.max(existing.bytes, entry.bytes), tags: [...new Set([...existing.tags, ...entry.tags])] }
    }
    this.adds.set(e.path, e)
    this.removes.delete(e.path)
    fs.set(e.path, e)
    if (pkg !== undefined) {
      const list = this.state.packages.get(pkg) ?? []
      list.push(e.path)
      this.state.packages.set(pkg, list)
    }
    if (reason && entry.bytes >= 0) this.reasons.push({ bytes: entry.bytes, path: entry.path, text: reason })
  }

  /** Removes a path (or glob) and everything under it. Same-layer entries vanish without a trace. */
  remove(target: string): number {
    const fs = this.state.fs
    let freed = 0
    const glob = isGlob(target)
    const re = glob ? globRegExp(target) : null
    const contentsOf = target.endsWith('/*') ? target.slice(0, -2) : null
    const hits: FsEntry[] = []
    for (const e of fs.values()) {
      if (e.kind === 'opaque') continue
      const p = e.path
      if (glob) {
        if (re!.test(p) || ancestorMatches(p, re!) || (contentsOf !== null && p === contentsOf && e.kind === 'dir' && e.bytes > 0)) hits.push(e)
      } else if (p === target || p.startsWith(`${target}/`)) hits.push(e)
    }
    for (const e of hits) {
      fs.delete(e.path)
      if (e.layer === this.id) this.adds.delete(e.path)
      else {
        this.removes.add(e.path)
        freed += e.bytes
      }
      if (contentsOf !== null && e.path === contentsOf) {
        // `rm -rf dir/*` keeps the (now empty) directory.
        // Its contents get whiteouts (counted as removed, like dive's per-file whiteouts).
        fs.set(e.path, { ...e, bytes: 0, layer: this.id, tags: [], copiedFrom: null })
      }
    }
    // Catalog paths of the base image (no entry of their own) are hidden too.
    if (this.state.root && !glob && imageHasFile(this.state.root, target)) this.state.removedBase.add(target)
    return freed
  }

  /** Copy-on-write: chmod/chown/touch on files from earlier layers copies them into this layer. */
  copyUp(target: string, recursive: boolean, reason: Text, perms: { chown?: string; chmod?: string } = {}): void {
    const fs = this.state.fs
    let bytes = 0
    const hits: FsEntry[] = []
    const withPerms = (e: FsEntry): FsEntry => {
      const out = { ...e }
      if (perms.chown) out.owner = applyChown(e.owner, perms.chown, false)
      const mode = perms.chmod ? applyChmod(e.mode, perms.chmod, e.kind !== 'file') : null
      if (mode !== null) out.mode = mode
      return out
    }
    for (const e of fs.values()) {
      if (e.kind === 'opaque') continue
      if (e.path === target || (recursive && e.path.startsWith(`${target}/`))) hits.push(e)
    }
    for (const e of hits) {
      if (e.layer === this.id) {
        // Written by this same RUN (mkdir && chown): only the owner and mode change.
        const changed = withPerms(e)
        e.owner = changed.owner
        e.mode = changed.mode
        continue
      }
      const copy: FsEntry = { ...withPerms(e), layer: this.id }
      this.adds.set(e.path, copy)
      fs.set(e.path, copy)
      bytes += e.bytes
    }
    if (bytes > 0) this.reasons.push({ bytes, path: target, text: t(`${reason.es} ≈ ${formatBytes(bytes)} duplicados`, `${reason.en} ≈ ${formatBytes(bytes)} duplicated`) })
  }

  finish(stage: number, instr: Instruction | null, keyword: string, labelText: string): Layer {
    let bytes = 0
    for (const e of this.adds.values()) bytes += e.bytes
    return {
      id: this.id, stage, line: instr ? line1(instr) : 0, keyword, label: labelText, bytes,
      reasons: this.reasons, adds: [...this.adds.values()], removes: [...this.removes],
    }
  }
}

function ancestorMatches(path: string, re: RegExp): boolean {
  let idx = path.indexOf('/', 1)
  while (idx !== -1) {
    if (re.test(path.slice(0, idx))) return true
    idx = path.indexOf('/', idx + 1)
  }
  return false
}

// ---------------------------------------------------------------------------------------------
// Stage setup

/** Layer id carried by base-image entries: they belong to the stage's first layer (its base image). */
export const BASE_LAYER = -1

interface BaseTemplate {
  /** Entries of the base layer (contents and remainder), shared and immutable. */
  entries: FsEntry[]
  /** Catalog paths with no bytes of their own. */
  paths: FsEntry[]
}

const baseTemplates = new WeakMap<ImageInfo, BaseTemplate>()

function baseTemplate(image: ImageInfo): BaseTemplate {
  let tpl = baseTemplates.get(image)
  if (tpl) return tpl
  const entries: FsEntry[] = []
  let counted = 0
  for (const c of image.contents) {
    entries.push({ path: c.path, bytes: c.bytes, kind: 'dir', tags: [CONTENT_TAG[c.kind] ?? 'base', 'base'], layer: BASE_LAYER, copiedFrom: null, assumed: true })
    counted += c.bytes
  }
  const rest = Math.max(0, image.sizeBytes - counted)
  if (rest > 0) entries.push({ path: `<${image.ref || image.repository}>`, bytes: rest, kind: 'opaque', tags: ['base'], layer: BASE_LAYER, copiedFrom: null, assumed: true })
  const have = new Set(entries.map((e) => e.path))
  const paths: FsEntry[] = []
  for (const p of image.paths) {
    if (have.has(p)) continue
    have.add(p)
    const kind = looksLikeFile(p.slice(p.lastIndexOf('/') + 1)) || p.includes('/bin/') ? 'file' : 'dir'
    paths.push({ path: p, bytes: 0, kind, tags: ['base'], layer: BASE_LAYER, copiedFrom: null, assumed: true })
  }
  tpl = { entries, paths }
  baseTemplates.set(image, tpl)
  return tpl
}

const envMaps = new WeakMap<ImageInfo, Map<string, string>>()
const groupSets = new WeakMap<ImageInfo, Set<string>>()

function emptyState(image: ImageInfo | null): StageState {
  let env = image ? envMaps.get(image) : undefined
  if (image && !env) envMaps.set(image, (env = new Map(Object.entries(image.env))))
  let groups = image ? groupSets.get(image) : undefined
  if (image && !groups) groupSets.set(image, (groups = new Set(image.groups)))
  return {
    fs: new Map(), layers: [], ownFrom: 0, config: newConfig(image), env: new Map(env ?? []), args: new Map(),
    declaredArgs: new Set(), users: image ? image.uids : {}, groups: groups ?? new Set(), packages: new Map(), removedBase: new Set(),
    root: image, stateKey: '', bytes: 0, onbuild: [],
  }
}

function inherit(parent: StageState): StageState {
  return {
    fs: new Map(parent.fs), layers: parent.layers.slice(), ownFrom: parent.layers.length,
    config: { ...parent.config, env: { ...parent.config.env }, labels: { ...parent.config.labels }, exposed: parent.config.exposed.slice(), volumes: parent.config.volumes.slice(), shell: parent.config.shell.slice() },
    env: new Map(parent.env), args: new Map(parent.args), declaredArgs: new Set(parent.declaredArgs),
    users: parent.users, groups: parent.groups, packages: new Map(parent.packages),
    removedBase: new Set(parent.removedBase), root: parent.root, stateKey: parent.stateKey, bytes: parent.bytes, onbuild: [],
  }
}

// ---------------------------------------------------------------------------------------------
// Cache steps

function pushStep(ctx: Ctx, step: Omit<CacheStep, 'key' | 'stateKey'>, keyMaterial: string): CacheStep {
  const key = hash(`${step.link ? '' : step.parentKey}\u0001${keyMaterial}`)
  const full = step as CacheStep
  full.key = key
  full.stateKey = step.link ? hash(`merge\u0001${step.parentKey}\u0001${key}`) : key
  ctx.cacheSteps.push(full)
  if (full.instruction) ctx.stepOf.set(full.instruction, full)
  return full
}

function mapToRecord(m: Map<string, string>, skip?: (k: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of m) if (!skip || !skip(k)) out[k] = v
  return out
}

function stable(r: Record<string, string>): string {
  return Object.keys(r).sort().map((k) => `${k}=${r[k]}`).join('\u0002')
}

// ---------------------------------------------------------------------------------------------
// Context files

function contextFile(ctx: Ctx, path: string): ContextFile | undefined {
  return ctx.files.find((f) => f.path === path)
}

function fileHash(ctx: Ctx, f: ContextFile): string {
  return f.path === ctx.dockerfilePath ? ctx.dockerfileHash : `${f.hash}:${f.size}`
}

function selectFiles(ctx: Ctx, source: string): ContextFile[] {
  const clean = normalizeContextPath(source)
  if (clean === '' || clean === '.' || clean === '*' || clean === '**') return ctx.files
  const out: ContextFile[] = []
  for (const f of ctx.files) if (relativeToSource(clean, f.path)) out.push(f)
  return out
}

const DEFAULT_FILE_SIZES: Record<string, number> = {
  'package.json': 1.5 * KB, 'package-lock.json': 250 * KB, 'yarn.lock': 200 * KB, 'pnpm-lock.yaml': 150 * KB, 'go.mod': 1 * KB,
  'go.sum': 20 * KB, 'requirements.txt': 1 * KB, 'Cargo.toml': 1 * KB, 'Cargo.lock': 50 * KB, 'pom.xml': 5 * KB, 'nginx.conf': 2 * KB,
  'Gemfile': 1 * KB, 'Gemfile.lock': 20 * KB, 'poetry.lock': 100 * KB, 'pyproject.toml': 2 * KB, 'tsconfig.json': 1 * KB,
}
const DEFAULT_DIR_SIZES: Record<string, number> = { src: 2 * MB, public: 3 * MB, dist: 5 * MB, build: 5 * MB, node_modules: 200 * MB, static: 3 * MB, assets: 3 * MB, app: 3 * MB, '.git': 20 * MB }
const COMMON_NAMES = ['package.json', 'package-lock.json', 'go.mod', 'go.sum', 'requirements.txt', 'requirements-dev.txt', 'Cargo.toml', 'Cargo.lock', 'yarn.lock', 'pnpm-lock.yaml', 'Gemfile', 'Gemfile.lock', 'pyproject.toml', 'poetry.lock', 'pom.xml']
const NO_CONTEXT_DEFAULT = 5 * MB

function looksLikeFile(name: string): boolean {
  return /\.[A-Za-z0-9]+$/.test(name) || name in DEFAULT_FILE_SIZES || /^(Dockerfile|Makefile|LICENSE|README|Procfile|Gemfile)/.test(name) || name.startsWith('.')
}

function contextTags(path: string): Tag[] {
  if (isSecretPath(path)) return ['secret']
  if (path === '.git' || path.startsWith('.git/') || path.includes('/.git/')) return ['vcs']
  if (path.startsWith('node_modules/') || path.includes('/node_modules/')) return ['dependencies']
  return ['source']
}

// ---------------------------------------------------------------------------------------------
// Simulation

export interface SimulateOptions {
  /**
   * Compute only what the what-if needs (cache keys, stages, instructions): no virtual filesystem,
   * sizes, waste or findings. About three times faster; used for the first build of a what-if.
   */
  keysOnly?: boolean
  /**
   * Reuse the result of a stage simulated before (in any earlier call) when its instructions and
   * lines, base, referenced stages, build args and the context files it read are the same. On by
   * default: it is what keeps per-keystroke analysis fast.
   */
  memo?: boolean
}

export function simulateBuild(input: BuildInput, options: SimulateOptions = {}): BuildResult {
  try {
    return simulate(input, options.keysOnly ?? false, options.memo ?? true)
  } catch (error) {
    // Never throw: an internal error becomes a finding on an empty result.
    const graph = safeGraph(input)
    return {
      input, target: graph.target, targetName: graph.targetName, graph, stages: [], image: null,
      findings: [{ code: 'no-stages', severity: 'error', line: null, stage: null, message: t(`El simulador falló: ${(error as Error)?.message ?? error}`, `The simulator failed: ${(error as Error)?.message ?? error}`) }],
      assumptions: [], cacheSteps: [], stepOf: new Map(), keysOnly: options.keysOnly ?? false,
    }
  }
}

function safeGraph(input: BuildInput): StageGraph {
  try {
    return stageGraph(input.model, input.target)
  } catch {
    return { target: null, targetName: null, built: [], dependsOn: [], levels: [], levelOf: [], edges: [], externalImages: [], findings: [] }
  }
}

function simulate(input: BuildInput, keysOnly: boolean, memo: boolean): BuildResult {
  const model = input.model
  const graph = stageGraph(model, input.target)
  const context = input.context ?? null
  const ctx: Ctx = {
    keysOnly,
    model, input, context, files: context ? sentFiles(context) : [], dockerfilePath: normalizeContextPath(input.dockerfilePath ?? 'Dockerfile'),
    dockerfileHash: hashText(model.text), graph, states: model.stages.map(() => null), findings: [], assumptions: new Map(), nextLayer: 0,
    cacheSteps: [], stepOf: new Map(), buildArgs: input.buildArgs ?? {},
    globals: globalArgValues(model.globalArgs, input.buildArgs ?? {}),
    instructionsOf: new Map(), access: null, memoKeys: model.stages.map(() => null), memo,
  }
  for (const f of graph.findings) ctx.findings.push({ ...f, line: f.line === null ? null : f.line + 1 })
  if (model.stages.length === 0) {
    ctx.findings.push({ code: 'no-stages', severity: 'error', line: null, stage: null, message: t('El Dockerfile no tiene ninguna instrucción FROM.', 'The Dockerfile has no FROM instruction.') })
  }
  if (!context) {
    ctx.assumptions.set('no-context', t(
      `Sin contexto de build: COPY/ADD usan tamaños típicos (p. ej. «COPY . .» ≈ ${formatBytes(NO_CONTEXT_DEFAULT)}).`,
      `No build context: COPY/ADD use typical sizes (e.g. "COPY . ." ≈ ${formatBytes(NO_CONTEXT_DEFAULT)}).`,
    ))
  }

  // Build order: built stages by level, then (for the UI) the rest in file order.
  const order: number[] = []
  for (const level of graph.levels) order.push(...level)
  const inOrder = new Set(order)
  for (const s of model.stages) if (!inOrder.has(s.index)) order.push(s.index)
  const visiting = new Set<number>()
  for (const i of order) ensureStage(ctx, i, visiting)

  const stages: SimStage[] = model.stages.map((s) => toSimStage(ctx, s))
  const targetStage = graph.target !== null ? stages[graph.target] ?? null : null
  const image = targetStage && !keysOnly ? imageSummary(targetStage) : null
  if (targetStage && !keysOnly) finalChecks(ctx, targetStage)
  ctx.findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return {
    input, target: graph.target, targetName: graph.targetName, graph, stages, image, findings: ctx.findings,
    assumptions: [...ctx.assumptions.values()], cacheSteps: ctx.cacheSteps, stepOf: ctx.stepOf, keysOnly,
  }
}

function ensureStage(ctx: Ctx, index: number, visiting: Set<number>): StageState {
  const done = ctx.states[index]
  if (done) return done
  const stage = ctx.model.stages[index]!
  if (visiting.has(index)) {
    // A cycle: simulate this use with an empty state (the graph reports the cycle).
    return emptyState(null)
  }
  visiting.add(index)
  const key = ctx.memo ? stageMemoKey(ctx, stage) : null
  const reused = key ? reuseStage(ctx, stage, key) : null
  let state: StageState
  if (reused) state = reused
  else {
    const findingsFrom = ctx.findings.length
    const stepsFrom = ctx.cacheSteps.length
    ctx.access = key ? [] : null
    state = runStage(ctx, stage, visiting)
    if (key && ctx.access) storeStage(ctx, stage, key, state, ctx.access, findingsFrom, stepsFrom)
    ctx.access = null
  }
  visiting.delete(index)
  ctx.states[index] = state
  return state
}

// ---------------------------------------------------------------------------------------------
// Stage memo: a stage's result depends only on its instructions (text and lines), its base (an
// image, or the memoized result of its base stage), the stages it copies or mounts from, the build
// args, and the context files it selected or read. Layer ids are per stage, so a reused stage's
// layers never collide with new ones.

interface MemoEntry {
  fingerprint: string
  access: string[]
  state: StageState
  instructions: SimInstruction[]
  steps: CacheStep[]
  findings: SimFinding[]
  /** The instructions the stored objects point at, in stage order (FROM first). */
  sources: Instruction[]
}

const MEMO_LIMIT = 400
const stageMemo = new Map<string, MemoEntry[]>()

function stageMemoKey(ctx: Ctx, stage: Stage): string | null {
  const parts: string[] = [
    ctx.keysOnly ? 'k' : 'f', ctx.model.escape, String(stage.index), ctx.graph.built[stage.index] ? 'b' : '-', ctx.dockerfilePath,
    ctx.context ? 'ctx' : 'none', argsKey(ctx), ctx.input.imageDigests ? stable(ctx.input.imageDigests) : '',
  ]
  if (stage.baseStage !== null) {
    if (stage.baseStage >= stage.index) return null
    const parent = ctx.memoKeys[stage.baseStage]
    const parentState = ctx.states[stage.baseStage]
    if (!parent || !parentState || parentState.onbuild.length > 0) return null
    parts.push(parent)
  }
  for (const e of ctx.model.edges) {
    if (e.to !== stage.index || e.kind === 'from') continue
    if (e.from === null) parts.push(`image:${e.ref}`)
    else {
      const ref = e.from < stage.index ? ctx.memoKeys[e.from] : null
      if (!ref || !ctx.states[e.from!]) return null
      parts.push(`${e.from}:${ref}`)
    }
  }
  parts.push(String(stage.from.range.start.line), stage.from.source)
  for (const i of stage.instructions) parts.push(String(i.range.start.line), i.source)
  return hash(parts.join('\u0001'))
}

let argsKeyCache: { model: DockerfileModel; buildArgs: Record<string, string>; key: string } | null = null

function argsKey(ctx: Ctx): string {
  if (argsKeyCache && argsKeyCache.model === ctx.model && argsKeyCache.buildArgs === ctx.buildArgs) return argsKeyCache.key
  const parts: string[] = []
  for (const [k, v] of ctx.globals) parts.push(`${k}=${v ?? ''}`)
  parts.push('|', stable(ctx.buildArgs))
  const key = parts.join('\u0002')
  argsKeyCache = { model: ctx.model, buildArgs: ctx.buildArgs, key }
  return key
}

/** The context files a stage selected or read, as they are in this build's context. */
function fingerprint(ctx: Ctx, access: string[]): string {
  if (access.length === 0) return ''
  const out: string[] = []
  for (const a of access) {
    if (a.startsWith('S\u0000')) {
      const [, source = '', excludes = ''] = a.split('\u0000')
      for (const f of selectWithExcludes(ctx, source, excludes ? excludes.split('\u0003') : [], false)) out.push(`${f.path}:${fileHash(ctx, f)}`)
    } else {
      const f = contextFile(ctx, a.slice(2))
      out.push(f ? `${f.path}:${fileHash(ctx, f)}:${f.content === undefined ? '' : 'c'}` : `${a}:-`)
    }
    out.push('|')
  }
  return hash(out.join('\u0001'))
}

function storeStage(ctx: Ctx, stage: Stage, key: string, state: StageState, access: string[], findingsFrom: number, stepsFrom: number): void {
  const fp = fingerprint(ctx, access)
  ctx.memoKeys[stage.index] = hash(`${key}\u0001${fp}`)
  // Room for two builds (first and second of a what-if) of the current file.
  if (stageMemo.size >= Math.max(MEMO_LIMIT, ctx.model.stages.length * 3)) stageMemo.clear()
  const entry: MemoEntry = {
    fingerprint: fp, access: access.slice(), state, instructions: ctx.instructionsOf.get(stage.index) ?? [],
    steps: ctx.cacheSteps.slice(stepsFrom).filter((st) => st.stage === stage.index), findings: ctx.findings.slice(findingsFrom).filter((f) => f.stage === stage.index || f.stage === null),
    sources: [stage.from, ...stage.instructions],
  }
  const list = stageMemo.get(key)
  if (list) {
    if (list.length >= 4) list.shift()
    list.push(entry)
  } else stageMemo.set(key, [entry])
}

function reuseStage(ctx: Ctx, stage: Stage, key: string): StageState | null {
  const list = stageMemo.get(key)
  if (!list) return null
  let hit: MemoEntry | undefined
  const computed = new Map<string, string>()
  for (let k = list.length - 1; k >= 0 && !hit; k--) {
    const entry = list[k]!
    const id = entry.access.join('\u0004')
    let fp = computed.get(id)
    if (fp === undefined) computed.set(id, (fp = fingerprint(ctx, entry.access)))
    if (fp === entry.fingerprint) hit = entry
  }
  if (!hit) return null
  // Point the stored results at this model's instruction objects.
  const now = [stage.from, ...stage.instructions]
  const map = new Map<Instruction, Instruction>()
  hit.sources.forEach((old, k) => { if (now[k]) map.set(old, now[k]!) })
  ctx.instructionsOf.set(stage.index, hit.instructions.map((si) => ({ ...si, instruction: map.get(si.instruction) ?? si.instruction })))
  for (const st of hit.steps) {
    const instruction = st.instruction ? map.get(st.instruction) ?? st.instruction : null
    const copy: CacheStep = { ...st, instruction }
    ctx.cacheSteps.push(copy)
    if (instruction) ctx.stepOf.set(instruction, copy)
  }
  for (const f of hit.findings) ctx.findings.push(f)
  ctx.memoKeys[stage.index] = hash(`${key}\u0001${hit.fingerprint}`)
  return hit.state
}

function runStage(ctx: Ctx, stage: Stage, visiting: Set<number>): StageState {
  // Layer ids are per stage (index × 1e6 + n), so they do not depend on the order stages run in.
  ctx.nextLayer = stage.index * 1_000_000
  const built = ctx.graph.built[stage.index] ?? false
  const instructions: SimInstruction[] = []
  let state: StageState
  const from = stage.from
  const imageText = expandFrom(ctx, stage)
  if (stage.baseStage !== null && stage.baseStage < stage.index) {
    const parent = ensureStage(ctx, stage.baseStage, visiting)
    state = inherit(parent)
    pushStep(ctx, {
      stage: stage.index, instruction: from, parentKey: parent.stateKey, def: `FROM ${stage.rawImage}`, expanded: '', argValues: {}, envValues: {},
      runContext: '', sources: null, copiedStage: stage.baseStage, copiedStageKey: parent.stateKey, baseImage: null, link: false,
    }, `stage\u0001${parent.stateKey}`)
    // The base stage's ONBUILD triggers run first.
    for (const trigger of parent.onbuild) {
      runInstruction(ctx, stage, state, trigger, instructions, true)
    }
    instructions.unshift(simInstr(stage.index, from, false, 0, [], null, false))
  } else {
    const lower = imageText.toLowerCase()
    const image = lower === 'scratch' ? lookupImage('scratch') : lookupImage(imageText)
    state = emptyState(image)
    const reasons: Reason[] = []
    let layerId: number | null = null
    if (!ctx.keysOnly && (image.sizeBytes > 0 || lower !== 'scratch')) {
      layerId = ctx.nextLayer++
      const tpl = baseTemplate(image)
      const entries = tpl.entries
      for (const e of entries) state.fs.set(e.path, e)
      for (const e of tpl.paths) state.fs.set(e.path, e)
      const reason: Reason = {
        bytes: image.sizeBytes, path: null,
        text: t(`imagen base ${imageText} ≈ ${formatBytes(image.sizeBytes)}${image.known ? '' : ' (desconocida: estimación por familia)'}`, `base image ${imageText} ≈ ${formatBytes(image.sizeBytes)}${image.known ? '' : ' (unknown: family-based estimate)'}`),
      }
      reasons.push(reason)
      state.layers.push({ id: layerId, stage: stage.index, line: line1(from), keyword: 'FROM', label: `FROM ${imageText}`, bytes: image.sizeBytes, reasons: [reason], adds: entries, removes: [] })
      state.bytes = image.sizeBytes
      state.ownFrom = 1
    }
    if (!image.known && lower !== 'scratch' && built && !ctx.keysOnly) {
      ctx.findings.push({
        code: 'unknown-base-image', severity: 'info', line: line1(from), stage: stage.index,
        message: t(`La imagen ${imageText || '(vacía)'} no está en el catálogo: su tamaño (${formatBytes(image.sizeBytes)}) es una estimación por familia.`, `Image ${imageText || '(empty)'} is not in the catalog: its size (${formatBytes(image.sizeBytes)}) is a family-based estimate.`),
      })
    }
    const digest = ctx.input.imageDigests?.[imageText] ?? ''
    const platform = stage.platform ?? ''
    const step = lower === 'scratch'
      ? null
      : pushStep(ctx, {
          stage: stage.index, instruction: from, parentKey: '', def: `FROM ${stage.rawImage}`, expanded: imageText, argValues: {}, envValues: {},
          runContext: platform, sources: null, copiedStage: null, copiedStageKey: null, baseImage: `${imageText}@${digest}`, link: false,
        }, `image\u0001${imageText}\u0001${digest}\u0001${platform}`)
    state.stateKey = step ? step.stateKey : hash('scratch')
    // FROM itself creates no layer: its bytes are the base image's.
    instructions.push(simInstr(stage.index, from, false, state.bytes, reasons, layerId, false))
  }
  for (const instr of stage.instructions) runInstruction(ctx, stage, state, instr, instructions, false)
  ctx.instructionsOf.set(stage.index, instructions)
  if (state.layers.length > MAX_LAYERS && built) {
    ctx.findings.push({
      code: 'too-many-layers', severity: 'error', line: line1(from), stage: stage.index,
      message: t(`La imagen tendría ${state.layers.length} capas: Docker falla por encima de ${MAX_LAYERS} («max depth exceeded»).`, `The image would have ${state.layers.length} layers: Docker fails above ${MAX_LAYERS} ("max depth exceeded").`),
    })
  }
  return state
}

function expandFrom(ctx: Ctx, stage: Stage): string {
  // FROM sees global ARGs only (with --build-arg overrides).
  if (!stage.rawImage.includes('$')) return stage.image.text
  return expandVariables(stage.rawImage, (n) => ctx.globals.get(n), ctx.model.escape).value
}

function simInstr(stage: number, instr: Instruction, layer: boolean, bytes: number, reasons: Reason[], layerId: number | null, onbuild: boolean): SimInstruction {
  return {
    stage, line: line1(instr), endLine: instr.range.end.line + 1, keyword: instr.keyword, createsLayer: layer,
    estimatedBytes: bytes, reasons, layer: layerId, onbuild, instruction: instr,
  }
}

function runInstruction(ctx: Ctx, stage: Stage, state: StageState, instr: Instruction, out: SimInstruction[], onbuild: boolean): void {
  const k = instr.keyword
  const escape = ctx.model.escape
  if (METADATA.has(k)) {
    applyMetadata(ctx, stage, state, instr, escape)
    out.push(simInstr(stage.index, instr, false, 0, [], null, onbuild))
    return
  }
  if (k === 'WORKDIR') {
    const raw = expand(unquote(instr.argsText.trim()), state, escape)
    const path = raw.startsWith('/') ? normalizeAbs(raw) : normalizeAbs(`${state.config.workdir}/${raw}`)
    state.config.workdir = path
    if (path === '/') {
      out.push(simInstr(stage.index, instr, false, 0, [], null, onbuild))
      return
    }
    const writer = new LayerWriter(state, ctx.nextLayer++)
    if (!state.fs.has(path)) writer.add({ path, bytes: 0, kind: 'dir', tags: [], layer: writer.id, copiedFrom: null, assumed: false }, null)
    const layer = writer.finish(stage.index, instr, k, label(instr))
    layer.reasons.push({ bytes: 0, path, text: t(`WORKDIR crea ${path} (capa vacía en BuildKit)`, `WORKDIR creates ${path} (an empty layer in BuildKit)`) })
    commitLayer(state, layer)
    const refs = referencedVars(instr.argsText, state)
    stepFor(ctx, stage, state, instr, { def: defText(instr), expanded: path, argValues: refs.args, envValues: refs.env, runContext: `user=${state.config.user}`, sources: null, copiedStage: null, copiedStageKey: null })
    out.push(simInstr(stage.index, instr, true, layer.bytes, layer.reasons, layer.id, onbuild))
    return
  }
  if (k === 'RUN') {
    runRun(ctx, stage, state, instr, out, onbuild)
    return
  }
  if (k === 'COPY' || k === 'ADD') {
    runCopy(ctx, stage, state, instr, out, onbuild)
    return
  }
  // Unknown keyword: BuildKit would fail to parse; nothing to simulate.
  out.push(simInstr(stage.index, instr, false, 0, [], null, onbuild))
}

function commitLayer(state: StageState, layer: Layer): void {
  state.layers.push(layer)
  state.bytes += layer.bytes
}

function defText(instr: Instruction): string {
  return memoText('def', instr, () => defTextOf(instr))
}

function defTextOf(instr: Instruction): string {
  const flags = instr.flags.map((f) => `--${f.name.toLowerCase()}=${f.value ?? ''}`).join(' ')
  return `${instr.keyword} ${flags} ${instr.argsText}${instr.heredocs.map((h) => `\n${h.name}\n${h.content}`).join('')}`
}

function referencedVars(text: string, state: StageState): { args: Record<string, string>; env: Record<string, string> } {
  const args: Record<string, string> = {}
  const env: Record<string, string> = {}
  if (!text.includes('$')) return { args, env }
  for (const name of expandVariables(text, () => '').names) {
    const e = state.env.get(name)
    if (e !== undefined) env[name] = e
    else {
      const a = state.args.get(name)
      if (a !== undefined) args[name] = a
    }
  }
  return { args, env }
}

function stepFor(ctx: Ctx, stage: Stage, state: StageState, instr: Instruction, parts: Pick<CacheStep, 'def' | 'expanded' | 'argValues' | 'envValues' | 'runContext' | 'sources' | 'copiedStage' | 'copiedStageKey'> & { link?: boolean }): void {
  const sourcesText = parts.sources ? parts.sources.map(([p, h]) => `${p}:${h}`).join('\u0003') : ''
  const material = `${parts.def}\u0001${parts.expanded}\u0001${stable(parts.argValues)}\u0001${stable(parts.envValues)}\u0001${parts.runContext}\u0001${hash(sourcesText)}\u0001${parts.copiedStageKey ?? ''}`
  const step = pushStep(ctx, {
    stage: stage.index, instruction: instr, parentKey: state.stateKey, def: parts.def, expanded: parts.expanded, argValues: parts.argValues,
    envValues: parts.envValues, runContext: parts.runContext, sources: parts.sources, copiedStage: parts.copiedStage,
    copiedStageKey: parts.copiedStageKey, baseImage: null, link: parts.link ?? false,
  }, material)
  state.stateKey = step.stateKey
}

// --- metadata

function applyMetadata(ctx: Ctx, stage: Stage, state: StageState, instr: Instruction, escape: string): void {
  const c = state.config
  switch (instr.keyword) {
    case 'ENV':
      for (const p of instr.pairs) {
        const value = expand(p.value ?? '', state, escape)
        state.env.set(p.key, value)
        c.env[p.key] = value
      }
      break
    case 'ARG':
      for (const p of instr.pairs) {
        state.declaredArgs.add(p.key)
        const override = Object.hasOwn(ctx.buildArgs, p.key) ? ctx.buildArgs[p.key] : undefined
        let value: string | undefined
        if (override !== undefined) value = override
        else if (p.value !== null) value = expand(p.value, state, escape)
        else if (ctx.globals.has(p.key)) value = ctx.globals.get(p.key)
        else if (p.key in BUILTIN_ARGS) value = BUILTIN_ARGS[p.key]
        if (value !== undefined) state.args.set(p.key, value)
        else state.args.delete(p.key)
      }
      break
    case 'USER':
      c.user = expand(instr.argsText.trim(), state, escape)
      checkUserExists(ctx, stage, state, instr, c.user)
      break
    case 'CMD':
      c.cmd = instr.json ?? [...c.shell, instr.argsText]
      c.cmdShellForm = instr.json === null
      break
    case 'ENTRYPOINT':
      c.entrypoint = instr.json ?? [...c.shell, instr.argsText]
      c.entrypointShellForm = instr.json === null
      // Setting ENTRYPOINT resets a CMD inherited from the base image.
      if (!stage.instructions.some((i) => i.keyword === 'CMD' && i.index < instr.index)) c.cmd = null
      break
    case 'SHELL':
      if (instr.json) c.shell = instr.json
      break
    case 'EXPOSE':
      for (const a of instr.args) c.exposed.push(expand(a.value, state, escape))
      break
    case 'LABEL':
      for (const p of instr.pairs) c.labels[p.key] = expand(p.value ?? '', state, escape)
      break
    case 'VOLUME':
      c.volumes.push(...(instr.json ?? instr.args.map((a) => unquote(a.value))))
      break
    case 'HEALTHCHECK':
      c.healthcheck = instr.argsText
      break
    case 'STOPSIGNAL':
      c.stopSignal = instr.argsText.trim()
      break
    case 'ONBUILD':
      if (instr.trigger) state.onbuild.push({ ...instr.trigger, range: instr.range, keywordRange: instr.keywordRange, index: instr.index, stage: instr.stage })
      break
    default:
      break
  }
}

function checkUserExists(ctx: Ctx, stage: Stage, state: StageState, instr: Instruction, spec: string): void {
  if (!ctx.graph.built[stage.index]) return
  const user = spec.split(':')[0] ?? ''
  if (!user || /^\d+$/.test(user) || user.includes('$')) return
  if (Object.hasOwn(state.users, user)) return
  ctx.findings.push({
    code: 'user-not-found', severity: 'warning', line: line1(instr), stage: stage.index,
    message: t(`USER ${user}: ese usuario no existe en la imagen en este punto (créalo antes con useradd/adduser o usa un UID numérico).`, `USER ${user}: that user does not exist in the image at this point (create it first with useradd/adduser, or use a numeric UID).`),
  })
}

// --- RUN

interface Mount {
  type: string
  target: string
  from: string | null
  source: string | null
  id: string | null
}

function mountsOf(instr: Instruction, state: StageState): Mount[] {
  const out: Mount[] = []
  for (const f of instr.flags) {
    if (f.name.toLowerCase() !== 'mount') continue
    const o = f.options
    const type = (o.type ?? 'bind').toLowerCase()
    const rawTarget = o.target ?? o.dst ?? o.destination ?? (type === 'secret' ? `/run/secrets/${o.id ?? ''}` : type === 'ssh' ? '/run/buildkit/ssh_agent' : '')
    const target = rawTarget ? (rawTarget.startsWith('/') ? normalizeAbs(rawTarget) : normalizeAbs(`${state.config.workdir}/${rawTarget}`)) : ''
    out.push({ type, target, from: o.from ?? null, source: o.source ?? o.src ?? null, id: o.id ?? null })
  }
  return out
}

const NO_EFFECTS = { effects: [] as Effect[], recognised: 0 }

function runRun(ctx: Ctx, stage: Stage, state: StageState, instr: Instruction, out: SimInstruction[], onbuild: boolean): void {
  const mounts = mountsOf(instr, state)
  const discard = mounts.filter((m) => m.target && m.type !== 'ssh').map((m) => m.target)
  const writer = new LayerWriter(state, ctx.nextLayer++, discard)
  const script = runScript(instr)
  const env: RunEnv = {
    workdir: state.config.workdir,
    home: ctx.keysOnly ? '' : homeOf(state),
    vars: { get: (name: string) => state.env.get(name) ?? state.args.get(name) },
    packageManager: state.root?.packageManager ?? null,
    ubuntu: state.root?.family === 'ubuntu',
    readContext: (path) => readContextText(ctx, state, path),
    exists: (path) => existsIn(state, path),
    sizeAt: (path) => sizeAt(state, path),
  }
  const { effects, recognised } = ctx.keysOnly ? NO_EFFECTS : interpretRun(script, env)
  for (const e of effects) applyEffect(ctx, stage, state, writer, e, instr)
  const layer = writer.finish(stage.index, instr, 'RUN', label(instr))
  if (layer.reasons.length === 0 && !ctx.keysOnly) {
    layer.reasons.push({
      bytes: 0, path: null,
      text: recognised > 0 || script.trim() === ''
        ? t('sin archivos nuevos conocidos (capa vacía o casi)', 'no known new files (an empty or tiny layer)')
        : t('comando sin huella conocida: se estima 0 B', 'command with no known footprint: estimated at 0 B'),
    })
  }
  commitLayer(state, layer)

  // Cache key: command, environment, user, workdir, shell, mount definitions; bind-mounted context files by content.
  const argValues = mapToRecord(state.args, (k) => PROXY_ARGS.has(k) && !state.declaredArgs.has(k))
  const envValues = mapToRecord(state.env)
  const mountDefs = mounts.map((m) => `${m.type},${m.target},${m.from ?? ''},${m.source ?? ''},${m.id ?? ''}`).join(';')
  const runContext = `user=${state.config.user}\u0002cwd=${state.config.workdir}\u0002shell=${instr.json ? '' : state.config.shell.join(' ')}\u0002mounts=${mountDefs}\u0002${instr.flags.filter((f) => f.name.toLowerCase() !== 'mount').map((f) => `${f.name}=${f.value}`).join(',')}`
  let sources: Array<[string, string]> | null = null
  let copiedStage: number | null = null
  let copiedStageKey: string | null = null
  for (const m of mounts) {
    if (m.type !== 'bind') continue
    if (m.from) {
      const idx = resolveFrom(ctx, m.from)
      if (idx !== null) {
        copiedStage = idx
        copiedStageKey = ctx.states[idx]?.stateKey ?? ''
      } else copiedStageKey = `image:${m.from}`
    } else {
      sources ??= []
      for (const f of selectWithExcludes(ctx, m.source ?? '.', [])) sources.push([f.path, fileHash(ctx, f)])
    }
  }
  stepFor(ctx, stage, state, instr, { def: defText(instr), expanded: '', argValues, envValues, runContext, sources, copiedStage, copiedStageKey })
  out.push(simInstr(stage.index, instr, true, layer.bytes, layer.reasons, layer.id, onbuild))
}

function readContextText(ctx: Ctx, state: StageState, path: string): string | null {
  if (!ctx.context) return null
  // The file must have been copied into the stage (package.json next to the RUN) or exist in the context root.
  const rel = normalizeContextPath(path.startsWith('/') ? path.slice(1) : path)
  const abs = path.startsWith('/') ? normalizeAbs(path) : normalizeAbs(`${state.config.workdir}/${path}`)
  const entry = state.fs.get(abs)
  if (entry?.copiedFrom === null && entry.kind === 'file') {
    const origin = contextOrigin.get(entry)
    if (origin?.content !== undefined) return origin.content
  }
  if (ctx.access) ctx.access.push(`R:${rel}`)
  const direct = contextFile(ctx, rel)
  return direct?.content ?? null
}

const contextOrigin = new WeakMap<FsEntry, ContextFile>()

function existsIn(state: StageState, path: string): boolean {
  if (state.fs.has(path)) return true
  for (const p of state.fs.keys()) if (p.startsWith(`${path}/`)) return true
  return false
}

function sizeAt(state: StageState, path: string): number {
  let total = 0
  for (const e of state.fs.values()) if (e.path === path || e.path.startsWith(`${path}/`)) total += e.bytes
  return total
}

function applyEffect(ctx: Ctx, stage: Stage, state: StageState, writer: LayerWriter, e: Effect, instr: Instruction): void {
  switch (e.op) {
    case 'add':
      writer.add({ path: e.path, bytes: e.bytes, kind: e.kind, tags: e.tags, layer: writer.id, copiedFrom: null, assumed: e.assumed }, e.reason, e.pkg)
      break
    case 'mkdir':
      if (!existsIn(state, e.path)) writer.add({ path: e.path, bytes: 0, kind: 'dir', tags: [], layer: writer.id, copiedFrom: null, assumed: false }, null)
      break
    case 'remove': {
      const freed = writer.remove(e.path)
      if (freed > 0) {
        writer.reasons.push({ bytes: 0, path: e.path, text: t(`borra ${e.path}, pero sus ${formatBytes(freed)} siguen en una capa anterior`, `removes ${e.path}, but its ${formatBytes(freed)} stay in an earlier layer`) })
      }
      break
    }
    case 'copyup':
      writer.copyUp(e.path, e.recursive, e.reason, { chown: e.chown, chmod: e.chmod })
      break
    case 'copy':
    case 'move': {
      const found: FsEntry[] = []
      for (const entry of [...state.fs.values(), ...writer.mounted.values()]) if (entry.kind !== 'opaque' && (entry.path === e.from || entry.path.startsWith(`${e.from}/`))) found.push(entry)
      const destIsDir = e.toDir === true || (existsIn(state, e.to) && !(state.fs.get(e.to)?.kind === 'file'))
      for (const entry of found) {
        const rel = entry.path === e.from ? '' : entry.path.slice(e.from.length)
        const dest = destIsDir && entry.path === e.from ? `${e.to}/${e.from.slice(e.from.lastIndexOf('/') + 1)}` : destIsDir ? `${e.to}/${e.from.slice(e.from.lastIndexOf('/') + 1)}${rel}` : `${e.to}${rel}`
        writer.add({ ...entry, path: dest, layer: writer.id }, t(`${e.op === 'copy' ? 'cp' : 'mv'} ${entry.path} → ${dest}`, `${e.op === 'copy' ? 'cp' : 'mv'} ${entry.path} → ${dest}`))
      }
      if (found.length === 0 && state.root && imageHasFile(state.root, e.from)) {
        writer.add({ path: e.to, bytes: 0, kind: 'file', tags: [], layer: writer.id, copiedFrom: null, assumed: true }, null)
      }
      if (e.op === 'move') writer.remove(e.from)
      break
    }
    case 'purge': {
      for (const name of e.packages) {
        const keys = name === '*auto*' ? [] : [...state.packages.keys()].filter((k) => k === name || k === `pip:${name}` || (name.startsWith('pip:') && k.startsWith('pip:') && k.split(',').some((n) => n.replace(/^pip:/, '') === name.slice(4))))
        for (const key of keys) {
          for (const path of state.packages.get(key) ?? []) writer.remove(path)
          state.packages.delete(key)
        }
      }
      break
    }
    case 'user':
      // Users and groups are shared with the image (or parent stage) until a RUN adds one.
      state.users = { ...state.users, [e.name]: e.uid ?? nextUid(state) }
      break
    case 'group':
      state.groups = new Set(state.groups).add(e.name)
      break
  }
  void ctx
  void stage
  void instr
}

function nextUid(state: StageState): number {
  let uid = 1000
  const used = new Set(Object.values(state.users))
  while (used.has(uid)) uid++
  return uid
}

// --- COPY / ADD

function resolveFrom(ctx: Ctx, ref: string): number | null {
  const lower = ref.toLowerCase()
  const byName = ctx.model.stages.find((s) => s.name === lower)
  if (byName) return byName.index
  if (/^\d+$/.test(ref) && Number(ref) < ctx.model.stages.length) return Number(ref)
  return null
}

function runCopy(ctx: Ctx, stage: Stage, state: StageState, instr: Instruction, out: SimInstruction[], onbuild: boolean): void {
  const escape = ctx.model.escape
  const k = instr.keyword
  const writer = new LayerWriter(state, ctx.nextLayer++)
  const fromFlag = flagOf(instr, 'from')?.value ?? null
  const chown = flagOf(instr, 'chown')?.value ?? null
  const chmod = flagOf(instr, 'chmod')?.value ?? null
  const link = flagOf(instr, 'link') !== undefined && (flagOf(instr, 'link')?.value ?? 'true') !== 'false' && !chmod
  const excludes = instr.flags.filter((f) => f.name.toLowerCase() === 'exclude' && f.value).map((f) => f.value!)
  const heredocNames = new Set(instr.heredocs.map((h) => h.name))
  const rawSources = copySources(instr).filter((s) => !s.startsWith('<<'))
  const sources = rawSources.map((s) => expand(s, state, escape))
  const rawDest = expand(copyDestination(instr), state, escape)
  const destIsDir = rawDest.endsWith('/') || rawDest === '.' || sources.length + instr.heredocs.length > 1 || sources.some(isGlob)
  const dest = rawDest.startsWith('/') ? normalizeAbs(rawDest) : normalizeAbs(`${state.config.workdir}/${rawDest}`)
  const place = (rel: string, self: boolean) => (self && !destIsDir && !existsAsDir(state, dest) ? dest : normalizeAbs(`${dest}/${rel}`))
  let sourceKey: Array<[string, string]> | null = null
  let copiedStage: number | null = null
  let copiedStageKey: string | null = null

  if (chown && !ctx.keysOnly) checkChown(ctx, stage, state, instr, chown)

  // Heredoc files.
  for (const h of ctx.keysOnly ? [] : instr.heredocs) {
    if (!heredocNames.has(h.name)) continue
    writer.add({ path: destIsDir ? normalizeAbs(`${dest}/${h.name}`) : dest, bytes: h.content.length, kind: 'file', tags: isSecretPath(dest) ? ['secret'] : [], layer: writer.id, copiedFrom: null, assumed: false }, t(`heredoc ${h.name} (${formatBytes(h.content.length)})`, `heredoc ${h.name} (${formatBytes(h.content.length)})`))
  }

  if (fromFlag !== null) {
    const idx = resolveFrom(ctx, fromFlag)
    if (idx !== null && idx !== stage.index) {
      const src = ctx.states[idx] ?? (idx < stage.index ? ensureStage(ctx, idx, new Set([stage.index])) : null)
      copiedStage = idx
      copiedStageKey = src?.stateKey ?? ''
      const srcLabel = ctx.model.stages[idx]?.name ?? String(idx)
      if (!ctx.keysOnly) for (const s of sources) copyFromStage(ctx, stage, state, writer, instr, src, srcLabel, idx, s, place)
    } else {
      copiedStageKey = `image:${fromFlag}`
      const image = lookupImage(fromFlag)
      for (const s of ctx.keysOnly ? [] : sources) {
        const abs = normalizeAbs(s.startsWith('/') ? s : `/${s}`)
        const content = image.contents.find((c) => c.path === abs || abs.startsWith(`${c.path}/`))
        const bytes = content ? content.bytes : imageHasFile(image, abs) ? 10 * KB : 1 * MB
        writer.add({ path: place(abs.slice(abs.lastIndexOf('/') + 1), true), bytes, kind: content ? 'dir' : 'file', tags: content ? [CONTENT_TAG[content.kind] ?? 'base'] : [], layer: writer.id, copiedFrom: null, assumed: true },
          t(`${abs} de la imagen ${fromFlag} ≈ ${formatBytes(bytes)}`, `${abs} from image ${fromFlag} ≈ ${formatBytes(bytes)}`))
      }
    }
  } else {
    sourceKey = []
    for (const s of sources) {
      if (/^https?:\/\//.test(s) || /^git@|\.git(#.*)?$/.test(s)) {
        if (k === 'ADD') addRemote(writer, instr, s, dest, destIsDir)
        sourceKey.push([s, flagOf(instr, 'checksum')?.value ?? ''])
        continue
      }
      if (!ctx.context) {
        sourceKey.push([normalizeContextPath(s), 'assumed'])
        if (!ctx.keysOnly) copyAssumed(ctx, state, writer, instr, s, place)
        continue
      }
      const files = selectWithExcludes(ctx, s, excludes)
      for (const f of files) sourceKey.push([f.path, fileHash(ctx, f)])
      if (!ctx.keysOnly) copyFromContext(ctx, state, writer, instr, s, place, files)
    }
  }
  if ((chown || chmod) && !ctx.keysOnly) {
    // --chown and --chmod apply to everything the instruction writes (a user alone also names the group).
    const owner = chown ? expand(chown, state, escape) : null
    for (const e of writer.adds.values()) {
      if (owner) e.owner = applyChown(e.owner, owner, true)
      const mode = chmod ? applyChmod(undefined, chmod, e.kind !== 'file') : null
      if (mode !== null) e.mode = mode
    }
  }
  const layer = writer.finish(stage.index, instr, k, label(instr))
  commitLayer(state, layer)
  const refs = referencedVars(`${rawSources.join(' ')} ${copyDestination(instr)} ${chown ?? ''}`, state)
  stepFor(ctx, stage, state, instr, { def: defText(instr), expanded: `${sources.join(' ')} -> ${dest} ${chown ?? ''} ${chmod ?? ''}`, argValues: refs.args, envValues: refs.env, runContext: '', sources: sourceKey, copiedStage, copiedStageKey, link })
  out.push(simInstr(stage.index, instr, true, layer.bytes, layer.reasons, layer.id, onbuild))
}

function existsAsDir(state: StageState, path: string): boolean {
  const e = state.fs.get(path)
  if (e) return e.kind === 'dir'
  for (const p of state.fs.keys()) if (p.startsWith(`${path}/`)) return true
  return false
}

function checkChown(ctx: Ctx, stage: Stage, state: StageState, instr: Instruction, chown: string): void {
  if (!ctx.graph.built[stage.index] || chown.includes('$')) return
  const [user = '', group] = chown.split(':')
  const missing: string[] = []
  if (user && !/^\d+$/.test(user) && !Object.hasOwn(state.users, user)) missing.push(user)
  if (group && !/^\d+$/.test(group) && !state.groups.has(group)) missing.push(group)
  if (missing.length === 0) return
  ctx.findings.push({
    code: 'chown-user-not-found', severity: 'error', line: line1(instr), stage: stage.index,
    message: t(`--chown=${chown}: ${missing.join(', ')} no existe en la imagen; BuildKit falla («unable to convert uid/gid chown string»).`, `--chown=${chown}: ${missing.join(', ')} does not exist in the image; BuildKit fails ("unable to convert uid/gid chown string").`),
  })
}

/** Context files a COPY source selects, minus `--exclude` patterns. */
function selectWithExcludes(ctx: Ctx, source: string, excludes: string[], record = true): ContextFile[] {
  if (record && ctx.access) ctx.access.push(`S\u0000${source}\u0000${excludes.join('\u0003')}`)
  const files = selectFiles(ctx, source)
  if (excludes.length === 0) return files
  const res = excludes.map((x) => globRegExp(normalizeContextPath(x)))
  return files.filter((f) => !res.some((re) => re.test(f.path) || ancestorMatches(f.path, re)))
}

function copyFromContext(ctx: Ctx, state: StageState, writer: LayerWriter, instr: Instruction, source: string, place: (rel: string, self: boolean) => string, files: ContextFile[]): void {
  const clean = normalizeContextPath(source)
  const isAdd = instr.keyword === 'ADD'
  let bytes = 0
  let count = 0
  const secrets: string[] = []
  for (const f of files) {
    const rel = relativeToSource(clean === '' || clean === '.' || clean === '*' || clean === '**' ? '' : clean, f.path)
    if (!rel) continue
    if (isAdd && /\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2)$/.test(f.path) && rel.self) {
      const dir = place('', false)
      writer.add({ path: dir, bytes: f.size * 3, kind: 'dir', tags: [], layer: writer.id, copiedFrom: null, assumed: true }, t(`ADD descomprime ${f.path} ≈ ${formatBytes(f.size * 3)}`, `ADD extracts ${f.path} ≈ ${formatBytes(f.size * 3)}`))
      continue
    }
    const path = place(rel.rel, rel.self)
    const tags = contextTags(f.path)
    if (tags.includes('secret')) secrets.push(f.path)
    const entry: FsEntry = { path, bytes: f.size, kind: 'file', tags, layer: writer.id, copiedFrom: null, assumed: false }
    contextOrigin.set(entry, f)
    writer.add(entry, null)
    bytes += f.size
    count++
  }
  if (count === 0 && !isGlob(clean)) {
    ctx.findings.push({
      code: 'copy-source-not-found', severity: 'error', line: line1(instr), stage: instr.stage,
      message: t(`${instr.keyword} ${source}: no está en el contexto (o .dockerignore lo excluye); el build fallaría.`, `${instr.keyword} ${source}: not in the context (or excluded by .dockerignore); the build would fail.`),
    })
  }
  writer.reasons.push({
    bytes, path: place('', false),
    text: t(`${source}: ${count} archivo${count === 1 ? '' : 's'} del contexto, ${formatBytes(bytes)}${secrets.length ? ` — incluye secretos: ${secrets.slice(0, 3).join(', ')}` : ''}`, `${source}: ${count} context file${count === 1 ? '' : 's'}, ${formatBytes(bytes)}${secrets.length ? ` — includes secrets: ${secrets.slice(0, 3).join(', ')}` : ''}`),
  })
  void state
}

function copyAssumed(ctx: Ctx, state: StageState, writer: LayerWriter, instr: Instruction, source: string, place: (rel: string, self: boolean) => string): void {
  const clean = normalizeContextPath(source)
  if (clean === '' || clean === '.' || clean === '*') {
    const path = place('', false)
    writer.add({ path, bytes: NO_CONTEXT_DEFAULT, kind: 'dir', tags: ['source'], layer: writer.id, copiedFrom: null, assumed: true },
      t(`${source}: todo el contexto (sin contexto: ≈ ${formatBytes(NO_CONTEXT_DEFAULT)})`, `${source}: the whole context (no context given: ≈ ${formatBytes(NO_CONTEXT_DEFAULT)})`))
    return
  }
  const names = isGlob(clean) ? COMMON_NAMES.filter((n) => globRegExp(clean).test(n)) : [clean]
  if (names.length === 0) names.push(clean)
  for (const name of names) {
    const baseName = name.slice(name.lastIndexOf('/') + 1)
    const file = looksLikeFile(baseName)
    const bytes = file ? DEFAULT_FILE_SIZES[baseName] ?? 10 * KB : DEFAULT_DIR_SIZES[baseName] ?? 2 * MB
    const tags = contextTags(name)
    writer.add({ path: place(baseName, file || isGlob(clean)), bytes, kind: file ? 'file' : 'dir', tags, layer: writer.id, copiedFrom: null, assumed: true },
      t(`${name} (sin contexto: ≈ ${formatBytes(bytes)})`, `${name} (no context given: ≈ ${formatBytes(bytes)})`))
  }
  void ctx
  void state
  void instr
}

function addRemote(writer: LayerWriter, instr: Instruction, url: string, dest: string, destIsDir: boolean): void {
  const git = /^git@|\.git(#.*)?$/.test(url)
  const name = url.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop() || 'download'
  const path = git || destIsDir ? normalizeAbs(`${dest}/${git ? '' : name}`) : dest
  const bytes = git ? 20 * MB : 10 * MB
  writer.add({ path, bytes, kind: git ? 'dir' : 'file', tags: ['download'], layer: writer.id, copiedFrom: null, assumed: true },
    t(`ADD ${url}: descarga de tamaño desconocido ≈ ${formatBytes(bytes)}`, `ADD ${url}: download of unknown size ≈ ${formatBytes(bytes)}`))
  void instr
}

function copyFromStage(ctx: Ctx, stage: Stage, state: StageState, writer: LayerWriter, instr: Instruction, src: StageState | null, srcLabel: string, srcIndex: number, source: string, place: (rel: string, self: boolean) => string): void {
  const abs = normalizeAbs(source.startsWith('/') ? source : `/${source}`)
  const glob = isGlob(abs)
  let bytes = 0
  let count = 0
  if (src) {
    for (const e of src.fs.values()) {
      if (e.kind === 'opaque') continue
      const rel = relativeToSource(abs === '/' ? '' : abs, e.path)
      if (!rel) continue
      // A directory named by the source (or matched by a glob) has its contents copied into the destination.
      const path = rel.self && e.kind === 'dir' ? place('', false) : place(rel.rel, rel.self && e.kind === 'file')
      writer.add({ ...e, path, layer: writer.id, copiedFrom: { stage: srcIndex, path: e.path, layer: e.layer === BASE_LAYER ? src.layers[0]?.id ?? BASE_LAYER : e.layer } }, null)
      bytes += e.bytes
      count++
    }
    if (count === 0 && !glob) {
      // A path inside a directory the simulator only knows as a whole (e.g. /app/dist/index.js).
      let parent: FsEntry | undefined
      let cut = abs.lastIndexOf('/')
      while (cut > 0 && !parent) {
        const p = src.fs.get(abs.slice(0, cut))
        if (p && p.kind === 'dir') parent = p
        cut = abs.lastIndexOf('/', cut - 1)
      }
      const content = src.root?.contents.find((c) => c.path === abs || abs.startsWith(`${c.path}/`))
      if (parent) {
        const part = Math.min(parent.bytes, Math.max(10 * KB, Math.round(parent.bytes / 10)))
        writer.add({ path: place(abs.slice(abs.lastIndexOf('/') + 1), true), bytes: part, kind: 'file', tags: parent.tags, layer: writer.id, copiedFrom: { stage: srcIndex, path: abs, layer: parent.layer }, assumed: true }, null)
        bytes += part
        count++
      } else if (content || (src.root && imageHasFile(src.root, abs) && !src.removedBase.has(abs))) {
        const b = content ? (content.path === abs ? content.bytes : Math.round(content.bytes / 4)) : 10 * KB
        writer.add({ path: place(abs.slice(abs.lastIndexOf('/') + 1), !content || content.path !== abs), bytes: b, kind: content ? 'dir' : 'file', tags: content ? [CONTENT_TAG[content.kind] ?? 'base'] : [], layer: writer.id, copiedFrom: { stage: srcIndex, path: abs, layer: src.layers[0]?.id ?? -1 }, assumed: true }, null)
        bytes += b
        count++
      }
    }
  }
  if (count === 0) {
    const assumedBytes = 1 * MB
    writer.add({ path: place(abs.slice(abs.lastIndexOf('/') + 1), true), bytes: assumedBytes, kind: 'file', tags: [], layer: writer.id, copiedFrom: { stage: srcIndex, path: abs, layer: -1 }, assumed: true }, null)
    bytes += assumedBytes
    if (ctx.graph.built[stage.index]) {
      ctx.findings.push({
        code: 'copy-source-not-found', severity: 'warning', line: line1(instr), stage: stage.index,
        message: t(`COPY --from=${srcLabel} ${source}: el simulador no ve esa ruta en la etapa ${srcLabel} (puede venir de un paso que no sabe modelar, o el build fallaría).`, `COPY --from=${srcLabel} ${source}: the simulator does not see that path in stage ${srcLabel} (it may come from a step it cannot model, or the build would fail).`),
      })
    }
  }
  writer.reasons.push({
    bytes, path: place('', false),
    text: t(`${source} de la etapa ${srcLabel} ≈ ${formatBytes(bytes)}`, `${source} from stage ${srcLabel} ≈ ${formatBytes(bytes)}`),
  })
  void state
}

// ---------------------------------------------------------------------------------------------
// Results

function toSimStage(ctx: Ctx, s: Stage): SimStage {
  const state = ctx.states[s.index] ?? emptyState(null)
  const built = ctx.graph.built[s.index] ?? false
  const users = state.users
  return {
    index: s.index,
    name: s.name,
    label: s.name ?? `stage-${s.index}`,
    from: expandFrom(ctx, s),
    baseStage: s.baseStage,
    image: state.root,
    built,
    dependsOn: ctx.graph.dependsOn[s.index] ?? [],
    level: ctx.graph.levelOf[s.index] ?? -1,
    instructions: ctx.instructionsOf.get(s.index) ?? [],
    layers: state.layers,
    ownLayersFrom: state.ownFrom,
    estimatedBytes: state.bytes,
    config: state.config,
    users,
    groups: [...state.groups],
    fs: state.fs,
    removedBase: state.removedBase,
    finalKey: state.stateKey,
  }
}

const summaries = new WeakMap<SimStage, ImageSummary>()

/** dive's efficiency and wasted space for a stage's image (rule 8), with a per-path explanation. */
export function imageSummary(stage: SimStage): ImageSummary {
  const cached = summaries.get(stage)
  if (cached) return cached
  interface Acc { cumulative: number; min: number; count: number; occurrences: WasteItem['occurrences']; last: number; removed: boolean }
  const paths = new Map<string, Acc>()
  for (const layer of stage.layers) {
    for (const e of layer.adds) {
      // Directories are not leaves in dive: an empty directory entry (WORKDIR, mkdir) is not a copy.
      if (e.kind === 'dir' && e.bytes === 0) continue
      let d = paths.get(e.path)
      if (!d) paths.set(e.path, (d = { cumulative: 0, min: Number.POSITIVE_INFINITY, count: 0, occurrences: [], last: 0, removed: false }))
      d.cumulative += e.bytes
      d.min = Math.min(d.min, e.bytes)
      d.count++
      d.occurrences.push({ layer: layer.id, line: layer.line, bytes: e.bytes, action: d.count === 1 ? 'added' : 'changed' })
      d.last = e.bytes
      d.removed = false
    }
    for (const p of layer.removes) {
      const d = paths.get(p)
      if (!d) continue
      d.min = 0
      d.count++
      d.occurrences.push({ layer: layer.id, line: layer.line, bytes: 0, action: 'removed' })
      d.removed = true
    }
  }
  let sumMin = 0
  let sumCum = 0
  let wasted = 0
  let reclaimable = 0
  const waste: WasteItem[] = []
  for (const [path, d] of paths) {
    sumMin += d.min === Number.POSITIVE_INFINITY ? 0 : d.min
    sumCum += d.cumulative
    if (d.count < 2 || d.cumulative === 0) continue
    wasted += d.cumulative
    const hidden = d.removed ? d.cumulative : d.cumulative - d.last
    reclaimable += hidden
    waste.push({ path, bytes: d.cumulative, reclaimableBytes: hidden, occurrences: d.occurrences, visible: !d.removed, explanation: explainWaste(path, d.occurrences, d.removed) })
  }
  waste.sort((a, b) => b.reclaimableBytes - a.reclaimableBytes || b.bytes - a.bytes)
  const summary: ImageSummary = {
    stage: stage.index,
    estimatedBytes: stage.estimatedBytes,
    wastedBytes: wasted,
    reclaimableBytes: reclaimable,
    efficiency: sumCum === 0 ? 1 : Math.round((sumMin / sumCum) * 10_000) / 10_000,
    waste,
  }
  summaries.set(stage, summary)
  return summary
}

function explainWaste(path: string, occ: WasteItem['occurrences'], removed: boolean): Text {
  const es: string[] = []
  const en: string[] = []
  for (const o of occ) {
    const where = o.line === 0 ? 'la imagen base' : `la línea ${o.line}`
    const whereEn = o.line === 0 ? 'the base image' : `line ${o.line}`
    if (o.action === 'added') { es.push(`${formatBytes(o.bytes)} añadidos en ${where}`); en.push(`${formatBytes(o.bytes)} added at ${whereEn}`) } else if (o.action === 'changed') { es.push(`${formatBytes(o.bytes)} escritos de nuevo en ${where}`); en.push(`${formatBytes(o.bytes)} written again at ${whereEn}`) } else { es.push(`borrado en ${where}`); en.push(`removed at ${whereEn}`) }
  }
  return {
    es: `${path}: ${es.join(', ')}, ${removed ? 'y aun así se envía en la imagen' : 'todas las copias se envían'}.`,
    en: `${path}: ${en.join(', ')}, ${removed ? 'still shipped' : 'every copy is shipped'}.`,
  }
}

function finalChecks(ctx: Ctx, target: SimStage): void {
  // Secrets in any layer of the final image.
  const seen = new Set<string>()
  for (const layer of target.layers) {
    for (const e of layer.adds) {
      if (!e.tags.includes('secret') || seen.has(e.path)) continue
      seen.add(e.path)
      const removedLater = !target.fs.has(e.path)
      ctx.findings.push({
        code: 'secret-in-layer', severity: 'error', line: layer.line || null, stage: layer.stage,
        message: t(`${e.path} parece un secreto y queda en una capa de la imagen final${removedLater ? ' (aunque se borre después, sigue en la capa)' : ''}. Usa RUN --mount=type=secret o .dockerignore.`, `${e.path} looks like a secret and is in a layer of the final image${removedLater ? ' (deleting it later does not remove it from that layer)' : ''}. Use RUN --mount=type=secret or .dockerignore.`),
      })
    }
  }
  // Cleanup in a later layer.
  const summary = imageSummary(target)
  for (const w of summary.waste) {
    if (!w.occurrences.some((o) => o.action === 'removed') || w.reclaimableBytes < 1 * MB) continue
    const removedAt = w.occurrences.find((o) => o.action === 'removed')!
    ctx.findings.push({ code: 'cleanup-in-later-layer', severity: 'warning', line: removedAt.line || null, stage: target.index, message: w.explanation })
  }
}
