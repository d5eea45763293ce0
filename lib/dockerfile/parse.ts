/**
 * The one wrapper over dockerfile-ast. It turns Dockerfile text into the analyzer's model
 * (types.ts) and never throws: a crash inside the parser becomes a ParseProblem.
 *
 * Each instruction chunk is parsed on its own and cached by its text, so re-analysing after an
 * edit only parses the instruction that changed.
 */
import { DockerfileParser, Instruction as AstInstructionClass } from 'dockerfile-ast'
import type {
  Flag as AstFlag,
  Heredoc as AstHeredoc,
  Instruction as AstInstruction,
  Property as AstProperty,
} from 'dockerfile-ast'
import { parseImageRef } from './image-ref'
import { parseJsonForm, readSimpleLine } from './simple-line'
import { isCommentLine, isContinued, splitChunks, type Chunk } from './split'
import type {
  Arg, Comment, Directive, DockerfileModel, Flag, Heredoc, Instruction, KeyValue, ParseProblem,
  Pragmas, Range, Stage, StageEdge,
} from './types'
import { expandVariables } from './vars'

const PROPERTY_KEYWORDS = new Set(['ENV', 'LABEL'])
/** Built-in platform ARGs BuildKit defines automatically (values for a linux/amd64 build). */
export const BUILTIN_ARGS: Readonly<Record<string, string>> = {
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDOSVERSION: '', BUILDARCH: 'amd64', BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETOSVERSION: '', TARGETARCH: 'amd64', TARGETVARIANT: '',
  TARGETSTAGE: '',
}

// ---------------------------------------------------------------------------------------------
// Chunk parsing (cached)

type RawArgumentsGetter = (this: AstInstruction) => ReturnType<AstInstruction['getArguments']>

/**
 * dockerfile-ast rescans an instruction's text on every getArguments/getFlags/getHeredocs call, and
 * its own parser calls them several times per instruction: that rescan was most of a cold parse.
 * While our parse runs (synchronously, so nothing else sees it), the scan is remembered per
 * instruction; the original method is always put back.
 */
function withRememberedArguments<T>(parse: () => T): T {
  const proto = AstInstructionClass.prototype as unknown as { getRawArguments: RawArgumentsGetter }
  const original = proto.getRawArguments
  const scans = new WeakMap<AstInstruction, ReturnType<RawArgumentsGetter>>()
  proto.getRawArguments = function rememberedRawArguments(this: AstInstruction) {
    let args = scans.get(this)
    if (!args) scans.set(this, (args = original.call(this)))
    // Callers shift flags off the array they get, so each gets its own copy.
    return args.slice()
  }
  try {
    return parse()
  } finally {
    proto.getRawArguments = original
  }
}

type RelativeInstruction = Omit<Instruction, 'index' | 'stage'>

interface ParsedChunk {
  /** Ranges are as if the chunk started on this line (0 for a chunk parsed alone). */
  baseLine: number
  instructions: RelativeInstruction[]
  problem: string | null
  /** Placed copies by `k:startLine`, reused while their index and stage do not change. */
  placed: Map<string, Instruction>
  /** How many times the text occurs in the file being built (counted per build, see `buildCount`). */
  occurrences: number
  countedInBuild: number
}

const CHUNK_CACHE_LIMIT = 5000
const chunkCache = new Map<string, ParsedChunk>()

/** Forgets every cached chunk parse (benchmarks measure cold parses with it). */
export function clearChunkCache(): void {
  chunkCache.clear()
}

function parsedChunk(baseLine: number, instructions: RelativeInstruction[], problem: string | null = null): ParsedChunk {
  return { baseLine, instructions, problem, placed: new Map(), occurrences: 0, countedInBuild: 0 }
}

function remember(key: string, value: ParsedChunk): ParsedChunk {
  if (chunkCache.size >= CHUNK_CACHE_LIMIT) chunkCache.delete(chunkCache.keys().next().value as string)
  chunkCache.set(key, value)
  return value
}

function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } }
}

function sliceRange(lines: string[], r: Range): string {
  if (r.start.line === r.end.line) return (lines[r.start.line] ?? '').slice(r.start.character, r.end.character)
  const parts = [(lines[r.start.line] ?? '').slice(r.start.character)]
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l] ?? '')
  parts.push((lines[r.end.line] ?? '').slice(0, r.end.character))
  return parts.join('\n')
}

function convertFlag(f: AstFlag): Flag {
  const options: Record<string, string> = {}
  for (const o of f.getOptions()) options[o.getName().toLowerCase()] = o.getValue() ?? ''
  return { name: f.getName(), value: f.getValue(), options, range: toRange(f.getRange()) }
}

/**
 * The logical argument text: continuation escapes removed, comment lines inside the continuation
 * dropped, heredoc bodies excluded, keyword and leading `--flags` removed.
 */
function logicalArgsText(lines: string[], firstBodyLine: number, escape: string, keywordEnd: number, skipFlags: boolean): string {
  const parts: string[] = []
  for (let l = 0; l < lines.length && l < firstBodyLine; l++) {
    let line = lines[l] ?? ''
    if (l === 0) line = line.slice(keywordEnd)
    else if (isCommentLine(line)) continue
    if (isContinued(line, escape)) {
      line = line.replace(/[ \t\r]*$/, '')
      parts.push(line.slice(0, -1))
      continue
    }
    parts.push(line)
    break
  }
  let text = parts.join('').trim()
  if (skipFlags) {
    while (text.startsWith('--')) {
      const m = /^--\S*\s*/.exec(text)
      if (!m) break
      text = text.slice(m[0].length)
    }
  }
  return text
}

function convertInstruction(ast: AstInstruction, lines: string[], escape: string, depth = 0): RelativeInstruction {
  const range = toRange(ast.getRange())
  const keywordRange = toRange(ast.getInstructionRange())
  const rawKeyword = ast.getInstruction()
  const keyword = rawKeyword.toUpperCase()
  const own = lines.slice(range.start.line, range.end.line + 1)
  const source = own.join('\n')

  const withFlags = ast as unknown as { getFlags?: () => AstFlag[] }
  const flags = safe(() => (typeof withFlags.getFlags === 'function' ? withFlags.getFlags().map(convertFlag) : []), [])

  const withHeredocs = ast as unknown as { getHeredocs?: () => AstHeredoc[] }
  const astHeredocs = keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD'
    ? safe(() => (typeof withHeredocs.getHeredocs === 'function' ? withHeredocs.getHeredocs() : []), [])
    : []
  const heredocs: Heredoc[] = astHeredocs.map((h) => {
    const content = h.getContentRange()
    return {
      name: h.getName(),
      content: content ? sliceRange(lines, toRange(content)) : '',
      unterminated: h.getDelimiterRange() === null,
    }
  })
  const firstBodyLine = astHeredocs.length > 0
    ? Math.min(...astHeredocs.map((h) => (h.getStartRange().start.line - range.start.line) + 1))
    : Number.POSITIVE_INFINITY

  const bodyStart = firstBodyLine === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : range.start.line + firstBodyLine
  const args: Arg[] = safe(() => ast.getArguments()
    .filter((a) => a.getRange().start.line < bodyStart)
    .map((a) => ({ value: a.getValue(), range: toRange(a.getRange()) })), [])

  const keywordEnd = keywordRange.end.character
  const argsText = logicalArgsText(own, firstBodyLine, escape, keywordEnd, flags.length > 0)

  let pairs: KeyValue[] = []
  let legacyKeyValue = false
  if (keyword === 'ARG') {
    // BuildKit reads ARG as space-separated `name[=value]` words: `ARG A B=1` declares two ARGs.
    const words = splitQuotedWords(logicalArgsText(own, firstBodyLine, escape, keywordEnd, false))
    pairs = words.map((w) => {
      const eq = w.indexOf('=')
      return { key: eq === -1 ? w : w.slice(0, eq), value: eq === -1 ? null : unquoteWord(w.slice(eq + 1)), range }
    })
  } else if (PROPERTY_KEYWORDS.has(keyword)) {
    const props: AstProperty[] = safe(() => (ast as unknown as { getProperties?: () => AstProperty[] }).getProperties?.() ?? [], [])
    pairs = props.map((p) => ({ key: p.getName(), value: p.getValue(), range: toRange(p.getRange()) }))
    if (PROPERTY_KEYWORDS.has(keyword) && props.length > 0) legacyKeyValue = props.every((p) => p.getAssignmentOperator() === null)
  }

  let trigger: Instruction | null = null
  if (keyword === 'ONBUILD' && depth < 2) {
    const inner = safe(() => (ast as unknown as { getTriggerInstruction?: () => AstInstruction | null }).getTriggerInstruction?.() ?? null, null)
    if (inner) trigger = { ...convertInstruction(inner, lines, escape, depth + 1), index: -1, stage: -1 }
  }

  const emptyContinuationLines: number[] = []
  for (let l = 1; l < own.length && l < firstBodyLine; l++) {
    if ((own[l] ?? '').trim() === '' && isContinued(own[l - 1] ?? '', escape)) emptyContinuationLines.push(range.start.line + l)
  }
  return {
    keyword, rawKeyword, range, keywordRange, argsText, args, flags,
    json: parseJsonForm(argsText), heredocs, pairs, legacyKeyValue, trigger, source, emptyContinuationLines,
  }
}

/** Splits on unquoted whitespace, keeping quotes inside words (`A="x y"` stays one word). */
function splitQuotedWords(text: string): string[] {
  const words: string[] = []
  let word = ''
  let quote: string | null = null
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      word += c
      if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i]
      else if (c === quote) quote = null
    } else if (c === '"' || c === "'") {
      quote = c
      word += c
    } else if (c === ' ' || c === '\t') {
      if (word) words.push(word)
      word = ''
    } else word += c
  }
  if (word) words.push(word)
  return words
}

/** Removes the quoting of a word's value (`"x y"` → `x y`, `a"b c"` → `ab c`). */
function unquoteWord(value: string): string {
  let out = ''
  let quote: string | null = null
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!
    if (quote) {
      if (c === quote) quote = null
      else if (c === '\\' && quote === '"' && i + 1 < value.length) out += value[++i]
      else out += c
    } else if (c === '"' || c === "'") quote = c
    else out += c
  }
  return out
}

/** dockerfile-ast's walkers can overflow or crash on odd input; one failing part must not lose the rest. */
function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn()
  } catch {
    return fallback
  }
}

function unquote(s: string): string {
  if (s.length >= 2 && ((s[0] === '"' && s.endsWith('"')) || (s[0] === "'" && s.endsWith("'")))) return s.slice(1, -1)
  return s
}

function chunkKey(chunk: Chunk, escape: string): string {
  return `${escape}\u0000${chunk.text}`
}

/**
 * Cold start: when most chunks are new, one parse of the whole text is much cheaper than one parse
 * per chunk. Its instructions are filed under their chunks (into `known`, and the cache); a chunk
 * whose instructions do not line up with it is left for the per-chunk parse.
 */
function prefillFromWholeText(lines: string[], chunks: Chunk[], keys: string[], known: Array<ParsedChunk | null>, escape: string): void {
  withRememberedArguments(() => prefillFromDocument(lines, chunks, keys, known, escape))
}

function prefillFromDocument(lines: string[], chunks: Chunk[], keys: string[], known: Array<ParsedChunk | null>, escape: string): void {
  // Chunks already known are blanked out: line numbers stay, and the parser skips their text.
  const todo = [...lines]
  chunks.forEach((c, i) => {
    if (known[i]) for (let l = c.startLine; l <= c.endLine; l++) todo[l] = ''
  })
  let doc
  try {
    doc = DockerfileParser.parse(todo.join('\n'))
  } catch {
    return
  }
  const chunkOfLine = new Int32Array(lines.length).fill(-1)
  chunks.forEach((c, i) => { for (let l = c.startLine; l <= c.endLine; l++) chunkOfLine[l] = i })
  const byChunk = new Map<number, AstInstruction[]>()
  const misfit = new Set<number>()
  for (const ast of doc.getInstructions()) {
    const r = ast.getRange()
    const i = chunkOfLine[r.start.line] ?? -1
    if (i < 0 || chunkOfLine[r.end.line] !== i) {
      if (i >= 0) misfit.add(i)
      continue
    }
    const list = byChunk.get(i)
    if (list) list.push(ast)
    else byChunk.set(i, [ast])
  }
  for (const [i, asts] of byChunk) {
    if (misfit.has(i) || known[i]) continue
    try {
      // Kept at the lines they were parsed on: placing them there again needs no shift.
      known[i] = remember(keys[i]!, parsedChunk(chunks[i]!.startLine, asts.map((ast) => convertInstruction(ast, lines, escape))))
    } catch {
      // Left to the per-chunk parse, which reports the problem.
    }
  }
}

/** Reads a one-line chunk without dockerfile-ast when it has the plain shape simple-line.ts reads. */
function readSimpleChunk(chunk: Chunk, escape: string, key: string): ParsedChunk | null {
  if (chunk.startLine !== chunk.endLine) return null
  const simple = readSimpleLine(chunk.text, chunk.startLine, escape)
  return simple ? remember(key, parsedChunk(chunk.startLine, [simple])) : null
}

/** Test seam: one text read by dockerfile-ast alone, as any chunk the fast reader leaves. */
export function readWithDockerfileAst(text: string): RelativeInstruction[] {
  return withRememberedArguments(() => {
    const lines = text.split('\n')
    return DockerfileParser.parse(text).getInstructions().map((ast) => convertInstruction(ast, lines, '\\'))
  })
}

/** Parses one chunk alone with dockerfile-ast (the caller found it in no cache). */
function parseChunkAlone(chunk: Chunk, escape: string, key: string): ParsedChunk {
  // A backtick escape directive is restated so the parser honours it.
  const prefix = escape === '`' ? '# escape=`\n' : ''
  const offset = prefix ? 1 : 0
  try {
    const instructions = withRememberedArguments(() => {
      const doc = DockerfileParser.parse(prefix + chunk.text)
      const lines = (prefix + chunk.text).split('\n')
      return doc.getInstructions().map((ast) => shiftRelative(convertInstruction(ast, lines, escape), -offset))
    })
    return remember(key, parsedChunk(0, instructions))
  } catch (error) {
    return remember(key, parsedChunk(0, [], `parser failed: ${(error as Error)?.message ?? String(error)}`))
  }
}

// ---------------------------------------------------------------------------------------------
// Range shifting

function shiftRange(r: Range, by: number): Range {
  return { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } }
}

function shiftRelative<T extends RelativeInstruction>(i: T, by: number): T {
  if (by === 0) return i
  return {
    ...i,
    range: shiftRange(i.range, by),
    keywordRange: shiftRange(i.keywordRange, by),
    args: i.args.map((a) => ({ value: a.value, range: shiftRange(a.range, by) })),
    flags: i.flags.map((f) => ({ ...f, range: shiftRange(f.range, by) })),
    pairs: i.pairs.map((p) => ({ ...p, range: shiftRange(p.range, by) })),
    trigger: i.trigger ? shiftRelative(i.trigger, by) : null,
    emptyContinuationLines: i.emptyContinuationLines.map((l) => l + by),
  }
}

/**
 * The chunk's k-th instruction at its place in the file. Placed instructions are never mutated, so
 * one placed at the same line, index and stage as last time is reused as is.
 */
function place(parsed: ParsedChunk, k: number, startLine: number, index: number, stage: number): Instruction {
  const key = `${k}:${startLine}`
  const cached = parsed.placed.get(key)
  if (cached && cached.index === index && cached.stage === stage) return cached
  const at = shiftRelative(parsed.instructions[k]!, startLine - parsed.baseLine)
  const instr = withPlace(at, index, stage)
  // Old placements go when there are many more than the text has places in this file (a text like
  // `WORKDIR /app` may occur hundreds of times in a large file, and each place must stay reusable).
  if (parsed.placed.size >= Math.max(16, 2 * parsed.occurrences)) parsed.placed.clear()
  parsed.placed.set(key, instr)
  return instr
}

/** The instruction with its index and stage, spelled out so every instruction has one object shape. */
function withPlace(i: RelativeInstruction, index: number, stage: number): Instruction {
  return {
    index, keyword: i.keyword, rawKeyword: i.rawKeyword, range: i.range, keywordRange: i.keywordRange,
    argsText: i.argsText, args: i.args, flags: i.flags, json: i.json, heredocs: i.heredocs, pairs: i.pairs,
    legacyKeyValue: i.legacyKeyValue, trigger: i.trigger ? withPlace(i.trigger, -1, stage) : null, stage,
    source: i.source, emptyContinuationLines: i.emptyContinuationLines,
  }
}

// ---------------------------------------------------------------------------------------------
// Directives, comments and pragmas

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(\S*)/
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check'])

function readDirectives(lines: string[]): Directive[] {
  const directives: Directive[] = []
  const seen = new Set<string>()
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] ?? ''
    if (l === 0 && line.startsWith('#!')) continue
    const m = DIRECTIVE.exec(line.trim())
    if (!m || !line.trim().startsWith('#')) break
    const name = (m[1] ?? '').toLowerCase()
    if (!KNOWN_DIRECTIVES.has(name) || seen.has(name)) break
    seen.add(name)
    directives.push({ name, value: m[2] ?? '', line: l })
  }
  return directives
}

function splitNames(list: string): string[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean)
}

function checkSkipNames(value: string): { all: boolean; names: string[] } {
  let all = false
  const names: string[] = []
  for (const option of value.split(';')) {
    const [k, v = ''] = option.split('=', 2).map((s) => s.trim()) as [string, string?]
    if (k.toLowerCase() !== 'skip') continue
    const skip = value.slice(value.indexOf('=') + 1).split(';')[0] ?? v
    if (skip.trim().toLowerCase() === 'all') all = true
    else names.push(...splitNames(skip))
  }
  return { all, names }
}

// ---------------------------------------------------------------------------------------------
// The model

export function emptyPragmas(): Pragmas {
  return { global: new Set(), skipAllChecks: false, byLine: new Map(), byStage: new Map() }
}

function range0(line: number, length = 0): Range {
  return { start: { line, character: 0 }, end: { line, character: length } }
}

/**
 * Parses Dockerfile text into the model. Never throws; problems are returned in `problems`.
 */
export function parseDockerfile(input: string): DockerfileModel {
  try {
    return buildModel(input)
  } catch (error) {
    const text = typeof input === 'string' ? input : ''
    return {
      text, lines: text.split('\n'), escape: '\\', directives: [], comments: [], pragmas: emptyPragmas(),
      instructions: [], globalArgs: [], stages: [], edges: [],
      problems: [{ message: `analysis failed: ${(error as Error)?.message ?? String(error)}`, range: range0(0) }],
    }
  }
}

/** Numbers each model build, so chunk occurrence counts start afresh without a pass to reset them. */
let buildCount = 0

function buildModel(input: string): DockerfileModel {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const lines = text.split(/\r\n|\n|\r/)
  const directives = readDirectives(lines)
  const escapeDirective = directives.find((d) => d.name === 'escape')?.value
  const escape: '\\' | '`' = escapeDirective === '`' ? '`' : '\\'
  const problems: ParseProblem[] = []

  const instructions: Instruction[] = []
  const commentLines: number[] = []
  let stageCounter = -1
  const chunks = splitChunks(lines, escape, commentLines)
  const keys = chunks.map((c) => chunkKey(c, escape))
  const known = chunks.map((c, i) => chunkCache.get(keys[i]!) ?? readSimpleChunk(c, escape, keys[i]!))
  let missing = 0
  for (const k of known) if (!k) missing++
  if (missing >= 4) prefillFromWholeText(lines, chunks, keys, known, escape)
  const build = ++buildCount
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!
    const parsed = known[i] ?? parseChunkAlone(chunk, escape, keys[i]!)
    if (parsed.countedInBuild !== build) {
      parsed.countedInBuild = build
      parsed.occurrences = 0
    }
    parsed.occurrences++
    if (parsed.problem) problems.push({ message: parsed.problem, range: { start: { line: chunk.startLine, character: 0 }, end: { line: chunk.endLine, character: (lines[chunk.endLine] ?? '').length } } })
    for (let k = 0; k < parsed.instructions.length; k++) {
      if (parsed.instructions[k]!.keyword === 'FROM') stageCounter++
      instructions.push(place(parsed, k, chunk.startLine, instructions.length, stageCounter))
    }
  }

  // Comments and pragmas (parser directives are not comments), visited in line order with the
  // instruction starts so each pragma reaches the instruction it precedes.
  const directiveLines = new Set(directives.map((d) => d.line))
  const comments: Comment[] = []
  const pragmas = emptyPragmas()
  const pendingForNext: string[] = []
  let pendingStageIgnore: string[] = []
  let pendingCheckSkip: string[] | null = null
  let previousCommentLine = -2
  let c = 0
  let stageOfComment = -1
  for (let k = 0; k <= instructions.length; k++) {
    const instr = instructions[k]
    const until = instr ? instr.range.start.line : Number.POSITIVE_INFINITY
    for (; c < commentLines.length && commentLines[c]! < until; c++) {
      const l = commentLines[c]!
      if (directiveLines.has(l)) continue
      // A blank line ends a BuildKit comment block; hadolint's ignore still reaches the next instruction.
      if (l > previousCommentLine + 1) pendingCheckSkip = null
      previousCommentLine = l
      const content = (lines[l] ?? '').trim().slice(1).trim()
      comments.push({ line: l, text: content })
      const hadolint = /^hadolint\s+(global\s+|stage\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+?)(?:\s*#.*)?$/i.exec(content)
      if (hadolint) {
        const names = splitNames(hadolint[2] ?? '')
        const scope = (hadolint[1] ?? '').trim().toLowerCase()
        if (scope === 'global') names.forEach((n) => pragmas.global.add(n))
        // From here to the next FROM; directly above a FROM it covers that stage.
        else if (scope === 'stage') {
          if (stageOfComment < 0 || instr?.keyword === 'FROM') pendingStageIgnore.push(...names)
          else addAll(pragmas.byStage, stageOfComment, names)
        } else pendingForNext.push(...names)
        continue
      }
      const check = /^check\s*=\s*(\S+)/i.exec(content)
      if (check && pendingCheckSkip === null) {
        const { all, names } = checkSkipNames(check[1] ?? '')
        pendingCheckSkip = all ? ['all'] : names
      }
    }
    if (!instr) break
    if (previousCommentLine !== until - 1) pendingCheckSkip = null
    if (instr.keyword === 'FROM') {
      if (pendingStageIgnore.length) addAll(pragmas.byStage, instr.stage, pendingStageIgnore)
      pendingStageIgnore = []
    }
    stageOfComment = instr.stage
    const names = [...pendingForNext, ...(pendingCheckSkip ?? [])]
    if (names.length) addAll(pragmas.byLine, until, names)
    pendingForNext.length = 0
    pendingCheckSkip = null
  }
  const checkDirective = directives.find((d) => d.name === 'check')
  if (checkDirective) {
    const { all, names } = checkSkipNames(checkDirective.value)
    pragmas.skipAllChecks = all
    names.forEach((n) => pragmas.global.add(n))
  }

  // Stages.
  const globalArgs: Instruction[] = []
  const stages: Stage[] = []
  const stageByName = new Map<string, number>()
  let globals: Map<string, string | undefined> | null = null
  for (const instr of instructions) {
    if (instr.keyword === 'FROM') {
      globals ??= globalArgValues(globalArgs)
      const stage = makeStage(instr, stages.length, stageByName, globals, escape)
      if (stage.name !== null && !stageByName.has(stage.name)) stageByName.set(stage.name, stage.index)
      stages.push(stage)
      continue
    }
    if (stages.length === 0) {
      if (instr.keyword === 'ARG') globalArgs.push(instr)
      continue
    }
    stages[stages.length - 1]!.instructions.push(instr)
  }
  if (stages.length === 0 && instructions.length > 0) {
    problems.push({ message: 'no FROM instruction', range: instructions[0]!.range })
  }

  const model: DockerfileModel = {
    text, lines, escape, directives, comments, pragmas, instructions, globalArgs, stages, edges: [], problems,
  }
  model.edges = computeEdges(model, stageByName)
  return model
}

function addAll<K>(map: Map<K, Set<string>>, key: K, names: string[]): void {
  let set = map.get(key)
  if (!set) map.set(key, (set = new Set()))
  for (const n of names) set.add(n)
}

/** Global ARG defaults (`ARG X=1` before the first FROM), with built-in platform ARGs. */
export function globalArgValues(globalArgs: Instruction[], overrides: Record<string, string> = {}): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>()
  for (const [k, v] of Object.entries(BUILTIN_ARGS)) values.set(k, v)
  for (const arg of globalArgs) {
    for (const p of arg.pairs) {
      const lookup = (n: string) => values.get(n)
      const value = p.value === null ? undefined : expandVariables(p.value, lookup).value
      values.set(p.key, Object.hasOwn(overrides, p.key) ? overrides[p.key] : value)
    }
  }
  return values
}

function makeStage(from: Instruction, index: number, earlierNames: Map<string, number>, globals: Map<string, string | undefined>, escape: string): Stage {
  const words = from.args.map((a) => a.value)
  const rawImage = words[0] ?? ''
  const asIndex = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'as')
  const rawName = asIndex !== -1 ? (words[asIndex + 1] ?? null) : null
  const nameArg = asIndex !== -1 ? from.args[asIndex + 1] : undefined
  const expanded = expandVariables(rawImage, (n) => globals.get(n), escape).value
  const baseStage = earlierNames.get(expanded.toLowerCase()) ?? null
  const platform = from.flags.find((f) => f.name.toLowerCase() === 'platform')?.value ?? null
  return {
    index,
    name: rawName ? rawName.toLowerCase() : null,
    rawName,
    nameRange: nameArg?.range ?? null,
    from,
    image: parseImageRef(expanded),
    rawImage,
    baseStage,
    platform,
    instructions: [],
  }
}

/** A `--from` reference as a stage index (name, case-insensitive, or index), or null for an image. */
function stageRef(stageByName: Map<string, number>, stageCount: number, ref: string): number | null {
  const named = stageByName.get(ref.toLowerCase())
  if (named !== undefined) return named
  return /^\d+$/.test(ref) && Number(ref) < stageCount ? Number(ref) : null
}

/** `stageByName`: each stage name's first stage, the map the stages were built with. */
function computeEdges(model: DockerfileModel, stageByName: Map<string, number>): StageEdge[] {
  const edges: StageEdge[] = []
  const resolve = (ref: string) => stageRef(stageByName, model.stages.length, ref)
  for (const stage of model.stages) {
    if (stage.baseStage !== null) {
      edges.push({ kind: 'from', to: stage.index, from: stage.baseStage, ref: stage.rawImage, image: null, instruction: stage.from, paths: [] })
    }
    for (const instr of stage.instructions) {
      const target = instr.trigger ?? instr
      if (target.keyword === 'COPY' || target.keyword === 'ADD') {
        const fromFlag = target.flags.find((f) => f.name.toLowerCase() === 'from')
        if (fromFlag?.value) {
          const idx = resolve(fromFlag.value)
          edges.push({
            kind: 'copy', to: stage.index, from: idx, ref: fromFlag.value, image: idx === null ? fromFlag.value : null,
            instruction: instr, paths: copySources(target),
          })
        }
      }
      if (target.keyword === 'RUN') {
        for (const f of target.flags) {
          if (f.name.toLowerCase() !== 'mount' || !f.options.from) continue
          const idx = resolve(f.options.from)
          edges.push({
            kind: 'mount', to: stage.index, from: idx, ref: f.options.from, image: idx === null ? f.options.from : null,
            instruction: instr, paths: [f.options.source ?? f.options.src ?? '/'],
          })
        }
      }
    }
  }
  return edges
}

/** COPY/ADD sources (all but the last word), from exec or shell form. Heredoc sources are named by delimiter. */
export function copySources(instr: Instruction): string[] {
  const words = instr.json ?? instr.args.map((a) => unquote(a.value))
  return words.slice(0, -1)
}

/** COPY/ADD destination (the last word). */
export function copyDestination(instr: Instruction): string {
  const words = instr.json ?? instr.args.map((a) => unquote(a.value))
  return words[words.length - 1] ?? ''
}

export { parseJsonForm, unquote }
