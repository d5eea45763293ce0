/**
 * The analyzer's own Dockerfile model. Everything in lib/ reads this, never dockerfile-ast.
 * Positions are zero-based (LSP style) everywhere inside lib/; the editor and CLI edges convert.
 */

export interface Position {
  /** Zero-based line. */
  line: number
  /** Zero-based UTF-16 column. */
  character: number
}

export interface Range {
  start: Position
  end: Position
}

export interface Flag {
  /** Name without the leading `--`, as written (case kept). */
  name: string
  /** Value after `=`, or null for a bare flag such as `--link`. */
  value: string | null
  /** `key=value` options of the value (`--mount=type=cache,target=/x`), keys lower-cased. */
  options: Record<string, string>
  range: Range
}

export interface Arg {
  /** The word as written, quotes kept (dockerfile-ast's view). */
  value: string
  range: Range
}

export interface Heredoc {
  /** Delimiter name without quotes or `-`. */
  name: string
  /** Body text between the opening line and the delimiter ('' when empty or unterminated). */
  content: string
  /** True when no closing delimiter was found. */
  unterminated: boolean
}

export type Keyword =
  | 'FROM' | 'RUN' | 'CMD' | 'LABEL' | 'MAINTAINER' | 'EXPOSE' | 'ENV' | 'ADD' | 'COPY'
  | 'ENTRYPOINT' | 'VOLUME' | 'USER' | 'WORKDIR' | 'ARG' | 'ONBUILD' | 'STOPSIGNAL'
  | 'HEALTHCHECK' | 'SHELL'

export interface KeyValue {
  key: string
  /** Value with surrounding quotes removed; null when the form declares a name only (`ARG X`). */
  value: string | null
  range: Range
}

export interface Instruction {
  /** Position in file order, counting every instruction (ONBUILD triggers are nested, not counted). */
  index: number
  /** Upper-cased keyword. Unknown keywords are kept upper-cased as well. */
  keyword: string
  /** The keyword exactly as written (for casing rules). */
  rawKeyword: string
  range: Range
  keywordRange: Range
  /** Arguments text after the keyword and flags, continuations joined, comment lines dropped. */
  argsText: string
  /** Whitespace-separated arguments (flags excluded). Heredoc bodies excluded. */
  args: Arg[]
  flags: Flag[]
  /** Exec (JSON array) form values, or null for shell form. Only for RUN/CMD/ENTRYPOINT/SHELL/COPY/ADD/VOLUME/HEALTHCHECK CMD. */
  json: string[] | null
  heredocs: Heredoc[]
  /** ENV/LABEL/ARG pairs. `legacy` marks `ENV key value` form. */
  pairs: KeyValue[]
  legacyKeyValue: boolean
  /** The inner instruction of ONBUILD. */
  trigger: Instruction | null
  /** Stage index, or -1 before the first FROM. */
  stage: number
  /** Raw source text of the instruction, used as a cache key. */
  source: string
  /** Number of the physical lines in the instruction that are blank inside a continuation. */
  emptyContinuationLines: number[]
}

export interface ImageRef {
  /** The image text after ARG expansion with defaults. */
  text: string
  registry: string | null
  /** Repository path without registry, e.g. `library/node` is normalised to `node`. */
  name: string
  tag: string | null
  digest: string | null
}

export interface Stage {
  index: number
  /** Lower-cased stage name (`AS name`), or null. */
  name: string | null
  /** The name as written, for casing checks. */
  rawName: string | null
  nameRange: Range | null
  from: Instruction
  /** Base image after expansion of global ARG defaults. */
  image: ImageRef
  /** The base text before expansion. */
  rawImage: string
  /** When the base is an earlier stage, its index. */
  baseStage: number | null
  /** `--platform` value as written, or null. */
  platform: string | null
  /** Instructions of the stage, FROM excluded, in order. */
  instructions: Instruction[]
}

export type EdgeKind = 'from' | 'copy' | 'mount'

export interface StageEdge {
  kind: EdgeKind
  /** Index of the stage that uses something. */
  to: number
  /** Index of the stage used, or null when it is an external image. */
  from: number | null
  /** The reference as written after expansion (name, index or image). */
  ref: string
  /** External image reference when `from` is null. */
  image: string | null
  instruction: Instruction
  /** Source paths crossing the edge (COPY), or the mount source. */
  paths: string[]
}

export interface Directive {
  name: string
  value: string
  line: number
}

export interface Comment {
  line: number
  /** Text after `#`, trimmed. */
  text: string
}

export interface Pragmas {
  /** Rule names ignored for the whole file (hadolint global ignore, check=skip). */
  global: Set<string>
  /** `check=skip=all`. */
  skipAllChecks: boolean
  /** Zero-based line of an instruction → names ignored for it (hadolint ignore on the line above). */
  byLine: Map<number, Set<string>>
  /** Stage index → names ignored in it (`# hadolint stage ignore=`). */
  byStage: Map<number, Set<string>>
}

export interface ParseProblem {
  message: string
  range: Range
}

export interface DockerfileModel {
  text: string
  lines: string[]
  escape: '\\' | '`'
  directives: Directive[]
  comments: Comment[]
  pragmas: Pragmas
  /** All top-level instructions in order. */
  instructions: Instruction[]
  /** ARG instructions before the first FROM. */
  globalArgs: Instruction[]
  stages: Stage[]
  edges: StageEdge[]
  /** Problems found while building the model (a parser crash, a missing FROM). */
  problems: ParseProblem[]
}
