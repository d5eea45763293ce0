/**
 * Runs rules over a model and owns what rules should not know about: which rules are enabled,
 * inline and global suppression (hadolint and BuildKit pragmas), crash isolation and ordering.
 */
import { baseChain } from '@/lib/dockerfile/graph'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import type { DockerfileModel, Instruction, Range, Stage } from '@/lib/dockerfile/types'
import type { BuildContext } from '@/lib/context/types'
import { BUILDKIT_CHECK_NAMES } from './buildkit-names'
import { Facts } from './facts'
import type { Finding, LocalizedText, ReportOptions, Rule, RuleContext, Severity } from './rule'
import { allRules } from './rules'

export interface LintOptions {
  context?: BuildContext | null
  /** Rule names (any alias) to ignore, like `hadolint --ignore`. */
  ignore?: string[]
  /** Rules whose default severity is `off` to turn on (e.g. DL3057). */
  enable?: string[]
  /** The rule set; defaults to every registered rule. */
  rules?: readonly Rule[]
}

export const PARSE_ERROR_RULE = 'DL1000'
export const ANALYZER_ERROR_RULE = 'AnalyzerError'

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, style: 3 }

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER[s]
}

interface RuleInfo {
  names: string[]
  isBuildkit: boolean
}

// Rules are static: their names and BuildKit membership are computed once, not on every keystroke.
const ruleInfo = new WeakMap<Rule, RuleInfo>()

function infoOf(rule: Rule): RuleInfo {
  let info = ruleInfo.get(rule)
  if (!info) {
    const names = [rule.meta.id, ...rule.meta.aliases]
    ruleInfo.set(rule, (info = { names, isBuildkit: names.some((n) => BUILDKIT_CHECK_NAMES.has(n)) }))
  }
  return info
}

// ---------------------------------------------------------------------------------------------
// Memoized checks: the parser hands out the same Instruction object for an instruction whose text,
// place and stage did not change, so what a rule reported on it can be replayed after an edit.

/** One `report` call, as made: replaying it goes through suppression again. */
interface RecordedReport {
  range: Range
  options: ReportOptions
}

const reportsByInstruction = new WeakMap<Rule, WeakMap<Instruction, RecordedReport[]>>()

interface StageRecord {
  /** What the stage was built from: its FROM, resolved base and instructions, compared by identity. */
  signature: unknown[]
  reports: RecordedReport[]
}
/** Keyed by the stage's FROM instruction. */
const reportsByStage = new WeakMap<Rule, WeakMap<Instruction, StageRecord>>()

function memoOf<K extends object, V>(store: WeakMap<Rule, WeakMap<K, V>>, rule: Rule): WeakMap<K, V> {
  let memo = store.get(rule)
  if (!memo) store.set(rule, (memo = new WeakMap()))
  return memo
}

/** A stage and the stages it is built on (`FROM <stage>`), whose state it inherits. */
function stageSignature(model: DockerfileModel, stage: Stage): unknown[] {
  const signature: unknown[] = []
  for (const s of [stage, ...baseChain(model, stage.index)]) signature.push(s.from, s.index, s.image.text, s.baseStage, ...s.instructions)
  return signature
}

function sameSignature(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * The context every rule of one lint run sees, pointed at each rule in turn: one object per run
 * rather than a set of closures per rule, since a lint runs on every keystroke.
 */
class RuleRun implements RuleContext {
  private rule!: Rule
  private info!: RuleInfo
  private severity: Severity = 'info'
  /** Reports of the instruction or stage being checked under memoization, else null. */
  private recording: RecordedReport[] | null = null
  /** Built on the first report only: most rules report nothing on most files. */
  private lineToInstruction: Map<number, Instruction> | null = null

  constructor(
    readonly model: DockerfileModel,
    readonly facts: Facts,
    readonly context: BuildContext | null,
    private readonly findings: Finding[],
  ) {}

  start(rule: Rule, info: RuleInfo): void {
    this.rule = rule
    this.info = info
    this.severity = rule.meta.severity === 'off' ? 'info' : rule.meta.severity
    this.recording = null
  }

  // Arrow properties: rules may pass `ctx.report` around unbound.
  report = (at: Instruction | Range, opts: ReportOptions = {}): void => {
    const range = opts.range ?? ('keyword' in at ? (at as Instruction).range : (at as Range))
    if (this.recording) this.recording.push({ range, options: opts })
    this.lineToInstruction ??= instructionIndexByLine(this.model)
    if (isSuppressed(this.model, this.lineToInstruction, range.start.line, this.info.names, this.info.isBuildkit)) return
    const { meta } = this.rule
    this.findings.push({ rule: meta.id, aliases: meta.aliases, severity: this.severity, range, message: opts.message ?? meta.what, fix: opts.fix ?? null })
  }

  private replay(reports: RecordedReport[]): void {
    for (const r of reports) this.report(r.range, r.options)
  }

  private record<T>(check: (subject: T) => void, subject: T): RecordedReport[] {
    const reports: RecordedReport[] = []
    this.recording = reports
    try {
      check(subject)
    } finally {
      this.recording = null
    }
    return reports
  }

  eachInstruction(instructions: readonly Instruction[], check: (instr: Instruction) => void): void {
    const memo = memoOf(reportsByInstruction, this.rule)
    for (const instr of instructions) {
      const known = memo.get(instr)
      if (known) this.replay(known)
      else memo.set(instr, this.record(check, instr))
    }
  }

  eachStage(check: (stage: Stage) => void): void {
    const memo = memoOf(reportsByStage, this.rule)
    for (const stage of this.model.stages) {
      const signature = stageSignature(this.model, stage)
      const known = memo.get(stage.from)
      if (known && sameSignature(known.signature, signature)) this.replay(known.reports)
      else memo.set(stage.from, { signature, reports: this.record(check, stage) })
    }
  }
}

/** Lints Dockerfile text (or an already parsed model). Never throws. */
export function lint(input: string | DockerfileModel, options: LintOptions = {}): Finding[] {
  let model: DockerfileModel
  try {
    model = typeof input === 'string' ? parseDockerfile(input) : input
  } catch (error) {
    return [crashFinding(PARSE_ERROR_RULE, error, zeroRange())]
  }
  const findings: Finding[] = []
  for (const p of model.problems) {
    findings.push({
      rule: PARSE_ERROR_RULE, aliases: [], severity: 'error', range: p.range,
      message: { es: `No se pudo analizar el Dockerfile: ${p.message}`, en: `The Dockerfile could not be parsed: ${p.message}` },
      fix: null,
    })
  }
  const run = new RuleRun(model, new Facts(model), options.context ?? null, findings)
  const rules = options.rules ?? allRules
  const ignored = options.ignore?.length ? new Set(options.ignore) : null
  const enabled = options.enable?.length ? new Set(options.enable) : null
  const globalIgnores = model.pragmas.global

  for (const rule of rules) {
    const info = infoOf(rule)
    const { names, isBuildkit } = info
    const isOn = rule.meta.severity !== 'off' || (enabled !== null && names.some((n) => enabled.has(n)))
    if (!isOn) continue
    if ((ignored !== null || globalIgnores.size > 0) && names.some((n) => ignored?.has(n) || globalIgnores.has(n))) continue
    if (isBuildkit && model.pragmas.skipAllChecks) continue
    if (rule.meta.needsContext && !options.context) continue
    run.start(rule, info)
    try {
      rule.check(run)
    } catch (error) {
      findings.push(crashFinding(ANALYZER_ERROR_RULE, error, zeroRange(), rule.meta.id))
    }
  }
  return sortFindings(dedupe(findings))
}

function instructionIndexByLine(model: DockerfileModel): Map<number, Instruction> {
  const map = new Map<number, Instruction>()
  for (const i of model.instructions) for (let l = i.range.start.line; l <= i.range.end.line; l++) map.set(l, i)
  return map
}

function isSuppressed(model: DockerfileModel, byLine: Map<number, Instruction>, line: number, names: string[], isBuildkit: boolean): boolean {
  const instr = byLine.get(line)
  if (!instr) return false
  const forLine = model.pragmas.byLine.get(instr.range.start.line)
  if (forLine && (names.some((n) => forLine.has(n)) || (isBuildkit && forLine.has('all')))) return true
  const forStage = model.pragmas.byStage.get(instr.stage)
  return !!forStage && names.some((n) => forStage.has(n))
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.rule}:${f.range.start.line}:${f.range.start.character}:${f.message.en}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) =>
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
}

function crashFinding(rule: string, error: unknown, range: Range, culprit?: string): Finding {
  const detail = (error as Error)?.message ?? String(error)
  const message: LocalizedText = culprit
    ? { es: `La regla ${culprit} falló internamente (${detail}); el resto del análisis sigue siendo válido.`, en: `Rule ${culprit} failed internally (${detail}); the rest of the analysis still holds.` }
    : { es: `El análisis falló: ${detail}`, en: `Analysis failed: ${detail}` }
  return { rule, aliases: [], severity: 'info', range, message, fix: null }
}
