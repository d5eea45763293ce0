/**
 * Lint rule types. A rule is data (metadata in es/en, examples) plus one small `check` function.
 */
import type { DockerfileModel, Instruction, Range, Stage } from '@/lib/dockerfile/types'
import type { BuildContext } from '@/lib/context/types'
import type { Facts } from './facts'

export type Severity = 'error' | 'warning' | 'info' | 'style'
export type RuleSeverity = Severity | 'off'
export type Locale = 'es' | 'en'

export interface LocalizedText {
  es: string
  en: string
}

export interface TextEdit {
  /** Zero-based range to replace. */
  range: Range
  newText: string
}

export interface QuickFix {
  title: LocalizedText
  edits: TextEdit[]
}

export interface RuleExample {
  /** A complete Dockerfile. */
  code: string
  /** For bad examples: the 1-based lines this rule must report, exactly. */
  lines?: number[]
  /** Build context for rules that need one (file paths → content). */
  context?: Record<string, string>
  /** Explanation shown on the rule page. */
  note?: LocalizedText
}

export type RuleSource = 'hadolint' | 'buildkit' | 'stagecraft'
export type RuleCategory = 'cache' | 'size' | 'security' | 'correctness' | 'maintainability' | 'style'

export interface RuleMeta {
  /** Primary id: hadolint's where one exists, otherwise BuildKit's name, otherwise the course's. */
  id: string
  /** Equivalent names in the other tools (e.g. DL3025 ↔ JSONArgsRecommended). */
  aliases: string[]
  /** The source tool's default severity; `off` rules run only when enabled. */
  severity: RuleSeverity
  source: RuleSource
  category: RuleCategory
  /** Equivalent dockerfile-utils ValidationCode name, when one exists. */
  dockerfileUtils?: string
  title: LocalizedText
  /** What is wrong (also the default finding message). */
  what: LocalizedText
  /** Why it matters. */
  why: LocalizedText
  /** How to fix it. */
  fix: LocalizedText
  /** Needs a build context (.dockerignore, files) to say anything. */
  needsContext?: boolean
  examples: { bad: RuleExample[]; good: RuleExample[] }
}

export interface ReportOptions {
  /** Overrides the default message (meta.what) with a specific one. */
  message?: LocalizedText
  fix?: QuickFix | null
  /** Narrower range than the instruction's. */
  range?: Range
}

export interface RuleContext {
  model: DockerfileModel
  facts: Facts
  context: BuildContext | null
  /** Report on an instruction (its whole range unless `range` is given). */
  report(at: Instruction | Range, options?: ReportOptions): void
  /**
   * Runs `check` on each instruction and remembers what it reported there, so linting an edited
   * file replays the unchanged instructions instead of checking them again. Only for checks that
   * read nothing but that instruction: its text, flags and shell commands (`facts.commands`).
   */
  eachInstruction(instructions: readonly Instruction[], check: (instr: Instruction) => void): void
  /**
   * Runs `check` on each stage and remembers what it reported, replayed while the stage (its FROM,
   * resolved base and every instruction) and the stages it is built on are unchanged. Only for
   * checks that read nothing outside those stages.
   */
  eachStage(check: (stage: Stage) => void): void
}

export interface Rule {
  meta: RuleMeta
  check(ctx: RuleContext): void
}

export interface Finding {
  rule: string
  aliases: string[]
  severity: Severity
  /** Zero-based. */
  range: Range
  message: LocalizedText
  fix: QuickFix | null
}

export function defineRule(rule: Rule): Rule {
  return rule
}
