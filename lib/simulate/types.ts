/** Types of the build simulator's results (see build.ts for the rules). */
import type { GraphFinding, StageGraph } from '@/lib/dockerfile/graph'
import type { DockerfileModel, Instruction } from '@/lib/dockerfile/types'
import type { ImageInfo } from '@/lib/images'
import type { BuildContext } from '@/lib/context/types'

export interface Text {
  es: string
  en: string
}

/** What kind of thing a path is, so questions like "is a compiler in some layer?" can be answered. */
export type Tag =
  | 'compiler' | 'build-tool' | 'go-toolchain' | 'node-runtime' | 'python-runtime' | 'rust-toolchain' | 'jdk' | 'jre'
  | 'package-manager'
  | 'apt-lists' | 'apt-archives' | 'apk-cache' | 'dnf-cache' | 'pip-cache' | 'npm-cache' | 'yarn-cache' | 'pnpm-store'
  | 'go-build-cache' | 'go-mod-cache' | 'cargo-cache' | 'build-cache' | 'maven-cache' | 'gradle-cache'
  | 'secret' | 'vcs' | 'dependencies' | 'dev-dependencies' | 'build-output' | 'binary' | 'source' | 'package' | 'base' | 'download'
  /** A binary that needs no shared libraries (runs on scratch or distroless/static). */
  | 'static'

export interface FsEntry {
  /** Absolute path. Base-image remainders use a pseudo path in angle brackets, e.g. `<node:20-alpine>`. */
  path: string
  bytes: number
  /** `file`; `dir` = a directory whose contents are counted here (not listed one by one); `opaque` = base-image remainder. */
  kind: 'file' | 'dir' | 'opaque'
  tags: readonly Tag[]
  /** Id of the layer that wrote this version. */
  layer: number
  /** For COPY --from: the stage and path it came from. */
  copiedFrom: { stage: number; path: string; layer: number } | null
  /** True when the simulator assumed this path (no context, unknown command output…) rather than knowing it. */
  assumed: boolean
  /** Owner as set by `COPY --chown` or `chown` (`app`, `app:app`, `10001:10001`); absent = root. */
  owner?: string
  /** Permission bits set by `COPY --chmod` or `chmod`; absent = the usual 0644 (files) / 0755 (directories). */
  mode?: number
}

export interface Reason {
  bytes: number
  path: string | null
  text: Text
}

export interface Layer {
  /** Unique id within a build result. */
  id: number
  /** Stage whose instruction created the layer. */
  stage: number
  /** 1-based line of the instruction; 0 for the base image. */
  line: number
  keyword: string
  /** Short label for charts: `FROM node:20-alpine`, `RUN npm ci`… */
  label: string
  bytes: number
  reasons: Reason[]
  /** Entries written by this layer (new or changed). */
  adds: FsEntry[]
  /** Paths removed by this layer (whiteouts). */
  removes: string[]
}

export interface SimInstruction {
  stage: number
  /** 1-based first and last line. */
  line: number
  endLine: number
  keyword: string
  /** True for RUN/COPY/ADD and WORKDIR ≠ "/" (BuildKit); metadata instructions only change the config. */
  createsLayer: boolean
  estimatedBytes: number
  reasons: Reason[]
  /** Layer id, or null for metadata. */
  layer: number | null
  /** An ONBUILD trigger of the base stage, run at the start of this stage. */
  onbuild: boolean
  instruction: Instruction
}

export interface ImageConfig {
  user: string
  workdir: string
  env: Record<string, string>
  entrypoint: string[] | null
  cmd: string[] | null
  /** True when ENTRYPOINT/CMD were written in shell form (run through the shell). */
  entrypointShellForm: boolean
  cmdShellForm: boolean
  shell: string[]
  exposed: string[]
  labels: Record<string, string>
  volumes: string[]
  healthcheck: string | null
  stopSignal: string | null
}

export interface WasteItem {
  path: string
  /** dive's figure for the path: the bytes of every copy (including the one still visible). */
  bytes: number
  /** Bytes that buy nothing: all copies but the visible one (all of them when removed). */
  reclaimableBytes: number
  occurrences: Array<{ layer: number; line: number; bytes: number; action: 'added' | 'changed' | 'removed' }>
  /** True when no layer removed or replaced it last (it is still visible in the image). */
  visible: boolean
  explanation: Text
}

export interface ImageSummary {
  stage: number
  /** Σ of the image's layers (base included). */
  estimatedBytes: number
  /** dive: Σ all copies of every path seen more than once (removed or overwritten). */
  wastedBytes: number
  /** Bytes a rebuild with cleanup in the same RUN would save: hidden copies only. */
  reclaimableBytes: number
  /** dive: Σ smallest copy of each path ÷ Σ all copies (1 when empty). */
  efficiency: number
  waste: WasteItem[]
}

export interface SimStage {
  index: number
  name: string | null
  /** Name for logs: the stage name, else `stage-<index>`. */
  label: string
  /** The base as written after global ARG expansion: an image or a stage name. */
  from: string
  baseStage: number | null
  /** The external base image (root of the FROM chain), or null for scratch-less unknown. */
  image: ImageInfo | null
  built: boolean
  dependsOn: number[]
  /** Parallel build level, -1 when not built. */
  level: number
  instructions: SimInstruction[]
  /** The layers of this stage's image: inherited ones first, then its own from `ownLayersFrom`. */
  layers: Layer[]
  ownLayersFrom: number
  /** Size of the stage's image (Σ layers). Waste and efficiency: `imageSummary(stage)`. */
  estimatedBytes: number
  config: ImageConfig
  /** Users and groups in /etc/passwd after the stage's RUNs (useradd/adduser…). */
  users: Record<string, number>
  groups: string[]
  /** The stage's final filesystem view (path → entry). */
  fs: ReadonlyMap<string, FsEntry>
  /** Paths of the base image removed by the stage (so catalog paths can be hidden). */
  removedBase: ReadonlySet<string>
  /** Cache key of the stage's final state (see cache.ts). */
  finalKey: string
}

export type SimFindingCode =
  | GraphFinding['code']
  | 'copy-source-not-found' | 'chown-user-not-found' | 'user-not-found' | 'too-many-layers' | 'unknown-base-image'
  | 'secret-in-layer' | 'cleanup-in-later-layer' | 'start-command-not-found' | 'no-stages'

export interface SimFinding {
  code: SimFindingCode
  severity: 'error' | 'warning' | 'info'
  /** 1-based line, or null. */
  line: number | null
  stage: number | null
  message: Text
}

export interface BuildInput {
  model: DockerfileModel
  context?: BuildContext | null
  /** `--target`: a stage name or index; the last stage by default. */
  target?: string | null
  buildArgs?: Record<string, string>
  /** Path of the Dockerfile inside the context; its content is the model's text. Default `Dockerfile`. */
  dockerfilePath?: string | null
  /** Resolved digests of base images (ref → digest); a different digest means the base image changed. */
  imageDigests?: Record<string, string>
}

/** One cache step (a vertex BuildKit would print), with what its key is made of. */
export interface CacheStep {
  stage: number
  instruction: Instruction | null
  /** State key before the step, and the step's key (= the state after it, except COPY --link). */
  parentKey: string
  key: string
  stateKey: string
  /** Parts of the key, compared to explain a miss. */
  def: string
  expanded: string
  argValues: Record<string, string>
  envValues: Record<string, string>
  runContext: string
  sources: Array<[string, string]> | null
  copiedStage: number | null
  copiedStageKey: string | null
  baseImage: string | null
  link: boolean
}

export interface BuildResult {
  input: BuildInput
  target: number | null
  targetName: string | null
  graph: StageGraph
  stages: SimStage[]
  /** The target stage's image, or null when there is no target. */
  image: ImageSummary | null
  findings: SimFinding[]
  /** Defaults the estimate relied on (no context given, unknown image…). */
  assumptions: Text[]
  /** Cache steps of the built stages, in build order (for the what-if). */
  cacheSteps: CacheStep[]
  /** Per instruction (by instruction object), its cache step. */
  stepOf: Map<Instruction, CacheStep>
  /** True when only cache keys were computed (no filesystem, sizes or findings). */
  keysOnly: boolean
}
