/**
 * Runs rules over a model and owns what rules should not know about: which rules are enabled,
 * inline and global suppression (hadolint and BuildKit pragmas), crash isolation and ordering.
 */
import { parseDockerfile } from '@/lib/dockerfile/parse'
import type { DockerfileModel, Instruction, Range } from '@/lib/dockerfile/types'
import type { BuildContext } from '@/lib/context/types'
import { BUILDKIT_CHECK_NAMES } from './buildkit-names'
import { Facts } from './facts'
import type { Finding, LocalizedText, Rule, RuleContext, Severity } from './rule'
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
  const facts = new Facts(model)
  const rules = options.rules ?? allRules
  const ignored = options.ignore?.length ? new Set(options.ignore) : null
  const enabled = options.enable?.length ? new Set(options.enable) : null
  const globalIgnores = model.pragmas.global
  // Built on the first report only: most rules report nothing on most files.
  let lineToInstruction: Map<number, Instruction> | null = null

  for (const rule of rules) {
    const { names, isBuildkit } = infoOf(rule)
    const isOn = rule.meta.severity !== 'off' || (enabled !== null && names.some((n) => enabled.has(n)))
    if (!isOn) continue
    if ((ignored !== null || globalIgnores.size > 0) && names.some((n) => ignored?.has(n) || globalIgnores.has(n))) continue
    if (isBuildkit && model.pragmas.skipAllChecks) continue
    if (rule.meta.needsContext && !options.context) continue
    const severity: Severity = rule.meta.severity === 'off' ? 'info' : rule.meta.severity
    const ctx: RuleContext = {
      model,
      facts,
      context: options.context ?? null,
      report(at, opts = {}) {
        const range = opts.range ?? ('keyword' in at ? (at as Instruction).range : (at as Range))
        lineToInstruction ??= instructionIndexByLine(model)
        if (isSuppressed(model, lineToInstruction, range.start.line, names, isBuildkit)) return
        findings.push({
          rule: rule.meta.id,
          aliases: rule.meta.aliases,
          severity,
          range,
          message: opts.message ?? rule.meta.what,
          fix: opts.fix ?? null,
        })
      },
    }
    try {
      rule.check(ctx)
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
